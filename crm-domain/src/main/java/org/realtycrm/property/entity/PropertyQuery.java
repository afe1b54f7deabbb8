package org.realtycrm.property.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * Filters of the listing search; {@code null}s and empty sets mean "any". Text is trimmed (blank is absent).
 * {@code text} matches the address, city, postal code and MLS number (contains, any case) or the public remarks
 * (English full text: "pool" finds "pools"). Listings with StandardStatus Delete are never found, so asking for
 * them is refused rather than answered with nothing.
 */
public record PropertyQuery(BigDecimal minPrice, BigDecimal maxPrice, Integer minBeds, Integer minBaths, String city,
        String postalCode, Set<StandardStatus> statuses, String propertyType, String text, BoundingBox box,
        PropertySource source, PropertySort sort) {

    /** Longer search text is refused: nobody types it, and every character costs the trigram search. */
    public static final int MAX_TEXT_LENGTH = 200;

    public static final PropertyQuery ANY = builder().build();

    public PropertyQuery {
        city = Text.clip(city, Integer.MAX_VALUE);
        postalCode = Text.clip(postalCode, Integer.MAX_VALUE);
        propertyType = Text.clip(propertyType, Integer.MAX_VALUE);
        text = Text.clip(text, Integer.MAX_VALUE);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        sort = sort == null ? PropertySort.DEFAULT : sort;
        List<FieldError> errors = new ArrayList<>();
        notNegative(errors, "minPrice", minPrice);
        notNegative(errors, "maxPrice", maxPrice);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            errors.add(new FieldError("maxPrice", "must not be below minPrice"));
        }
        if (minBeds != null && minBeds < 0) {
            errors.add(new FieldError("minBeds", "must not be negative"));
        }
        if (minBaths != null && minBaths < 0) {
            errors.add(new FieldError("minBaths", "must not be negative"));
        }
        if (statuses.contains(StandardStatus.DELETE)) {
            errors.add(new FieldError("standardStatus", "Delete listings are never shown"));
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            errors.add(new FieldError("q", "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The same filters in the default order: what a total depends on. */
    public PropertyQuery filtersOnly() {
        return new PropertyQuery(minPrice, maxPrice, minBeds, minBaths, city, postalCode, statuses, propertyType, text,
                box, source, PropertySort.DEFAULT);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void notNegative(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        }
    }

    /** Sets the filters one by one; unset filters match anything. */
    public static final class Builder {
        private BigDecimal minPrice;
        private BigDecimal maxPrice;
        private Integer minBeds;
        private Integer minBaths;
        private String city;
        private String postalCode;
        private Set<StandardStatus> statuses;
        private String propertyType;
        private String text;
        private BoundingBox box;
        private PropertySource source;
        private PropertySort sort;

        private Builder() {
        }

        public Builder price(BigDecimal min, BigDecimal max) {
            this.minPrice = min;
            this.maxPrice = max;
            return this;
        }

        public Builder minBeds(Integer minBeds) {
            this.minBeds = minBeds;
            return this;
        }

        public Builder minBaths(Integer minBaths) {
            this.minBaths = minBaths;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder statuses(Set<StandardStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder propertyType(String propertyType) {
            this.propertyType = propertyType;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder box(BoundingBox box) {
            this.box = box;
            return this;
        }

        public Builder source(PropertySource source) {
            this.source = source;
            return this;
        }

        public Builder sort(PropertySort sort) {
            this.sort = sort;
            return this;
        }

        public PropertyQuery build() {
            return new PropertyQuery(minPrice, maxPrice, minBeds, minBaths, city, postalCode, statuses, propertyType,
                    text, box, source, sort);
        }
    }
}
