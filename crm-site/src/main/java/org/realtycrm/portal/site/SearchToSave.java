package org.realtycrm.portal.site;

import java.util.function.Function;

import jakarta.json.JsonObject;

import org.realtycrm.platform.site.TypedText;
import org.realtycrm.property.site.ListingFilter;

/**
 * A search the client asked to save ({@code POST /account/searches}): the {@code /homes} search's parameters, read
 * by {@link ListingFilter} as that page reads them, with a name (what it looks for, when none is given) and how often
 * to hear of new homes (instantly, when not said). What is sent is what the core takes: the search's texts within its
 * limits ({@link ListingFilter#MAX_CITY} and the others), the name one line of at most {@link #MAX_NAME} characters.
 */
public record SearchToSave(String name, SearchCriteria criteria, Frequency frequency) {

    /** The longest name the core keeps for a saved search. */
    public static final int MAX_NAME = 120;

    public static SearchToSave from(Function<String, String> parameter) {
        SearchCriteria criteria = SearchCriteria.from(ListingFilter.from(parameter));
        String name = name(parameter.apply("name"));
        return new SearchToSave(name == null ? criteria.description() : name, criteria,
                Frequency.of(parameter.apply("frequency")).orElse(Frequency.INSTANT));
    }

    /** A name as the client typed it, made one line of at most {@link #MAX_NAME} characters; null when blank. */
    static String name(String typed) {
        return TypedText.line(typed, MAX_NAME);
    }

    /** {@code {name, criteria: {q, city, zip, minPrice, maxPrice, beds, baths, type}, frequency}}. */
    JsonObject json() {
        return PortalJson.BUILDERS.createObjectBuilder()
                .add("name", name)
                .add("criteria", criteria.json())
                .add("frequency", frequency.name())
                .build();
    }
}
