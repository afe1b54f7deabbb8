package org.realtycrm.portal.entity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What a saved search looks for, in the website's search form's terms and with its meaning: words anywhere in the
 * listing's address or description, the city (any case), the ZIP, the price range, at least so many bedrooms and
 * bathrooms, the property type. Alerts are about homes for sale, so the status is not a criterion.
 */
@Embeddable
public class SearchCriteria {

    public static final int MAX_TEXT = 100;
    public static final int MAX_CITY = 50;
    public static final int MAX_TYPE = 50;
    /** What numeric(14, 2) holds. */
    public static final long MAX_PRICE = 999_999_999_999L;
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    @Column(name = "text_query", length = MAX_TEXT)
    private String text;

    @Column(length = MAX_CITY)
    private String city;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(name = "min_price", precision = 14, scale = 2)
    private BigDecimal minPrice;

    @Column(name = "max_price", precision = 14, scale = 2)
    private BigDecimal maxPrice;

    @Column(name = "min_beds")
    private Integer minBeds;

    @Column(name = "min_baths")
    private Integer minBaths;

    @Column(name = "property_type", length = MAX_TYPE)
    private String propertyType;

    protected SearchCriteria() {
        // for JPA
    }

    /** Checked criteria; blank texts are no criterion. Field names are the website's query parameters. */
    public static SearchCriteria of(String text, String city, String postalCode, Long minPrice, Long maxPrice,
            Integer minBeds, Integer minBaths, String propertyType) {
        List<FieldError> errors = new ArrayList<>();
        SearchCriteria criteria = new SearchCriteria();
        criteria.text = text("criteria.q", text, MAX_TEXT, errors);
        criteria.city = text("criteria.city", city, MAX_CITY, errors);
        criteria.postalCode = text("criteria.zip", postalCode, 10, errors);
        if (criteria.postalCode != null && !ZIP.matcher(criteria.postalCode).matches()) {
            errors.add(new FieldError("criteria.zip", "must be a ZIP code such as 78701"));
        }
        criteria.minPrice = price("criteria.minPrice", minPrice, errors);
        criteria.maxPrice = price("criteria.maxPrice", maxPrice, errors);
        if (criteria.minPrice != null && criteria.maxPrice != null && criteria.minPrice.compareTo(criteria.maxPrice) > 0) {
            errors.add(new FieldError("criteria.maxPrice", "must not be below the lowest price"));
        }
        criteria.minBeds = count("criteria.beds", minBeds, errors);
        criteria.minBaths = count("criteria.baths", minBaths, errors);
        criteria.propertyType = text("criteria.type", propertyType, MAX_TYPE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return criteria;
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (stripped.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return stripped;
    }

    private static BigDecimal price(String field, Long value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value < 0 || value > MAX_PRICE) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX_PRICE));
            return null;
        }
        return BigDecimal.valueOf(value);
    }

    private static Integer count(String field, Integer value, List<FieldError> errors) {
        if (value != null && (value < 0 || value > 99)) {
            errors.add(new FieldError(field, "must be between 0 and 99"));
            return null;
        }
        return value;
    }

    /** In words, as a search's default name: "3+ beds, house in Austin, $300,000 to $500,000". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        if (text != null) {
            parts.add("\u201c" + text + "\u201d");
        }
        if (minBeds != null) {
            parts.add(minBeds + "+ beds");
        }
        if (minBaths != null) {
            parts.add(minBaths + "+ baths");
        }
        if (propertyType != null) {
            parts.add(propertyType);
        }
        String place = city != null ? city : postalCode;
        if (city != null && postalCode != null) {
            place = city + " " + postalCode;
        }
        String described = String.join(", ", parts);
        if (place != null) {
            described = (described.isEmpty() ? "Homes" : described) + " in " + place;
        }
        if (minPrice != null && maxPrice != null) {
            described += (described.isEmpty() ? "" : ", ") + dollars.format(minPrice) + " to " + dollars.format(maxPrice);
        } else if (maxPrice != null) {
            described += (described.isEmpty() ? "Homes" : "") + " under " + dollars.format(maxPrice);
        } else if (minPrice != null) {
            described += (described.isEmpty() ? "Homes" : "") + " from " + dollars.format(minPrice);
        }
        return described.isEmpty() ? "All homes for sale" : described;
    }

    public String getText() {
        return text;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public BigDecimal getMaxPrice() {
        return maxPrice;
    }

    public Integer getMinBeds() {
        return minBeds;
    }

    public Integer getMinBaths() {
        return minBaths;
    }

    public String getPropertyType() {
        return propertyType;
    }
}
