package org.realtycrm.lead.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What a lead wants, which the routing rules read: buyer, seller or investor; where (a postal code, a city); at what
 * price (a buyer's budget, a seller's home's value); in which language. Every part is optional. Checked and tidied
 * when made: a postal code keeps its digits and dash, a city its words, a language is lower-case ISO 639-1 or 639-2.
 */
public record LeadProfile(LeadType type, String postalCode, String city, BigDecimal price, String language) {

    public static final LeadProfile NONE = new LeadProfile(null, null, null, null, null);
    public static final int MAX_CITY_LENGTH = 80;
    /** A hundred billion: a typo beyond it, not a home. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("99999999999.99");

    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z -]{1,8}[0-9A-Za-z]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public LeadProfile {
        postalCode = blankToNull(postalCode);
        if (postalCode != null) {
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw new InvalidInputException("postalCode", "must be a postal code (3 to 10 letters, digits, "
                        + "spaces or dashes), e.g. 78701 or 78701-1234");
            }
            postalCode = postalCode.toUpperCase(Locale.ROOT);
        }
        city = blankToNull(city);
        if (city != null && city.length() > MAX_CITY_LENGTH) {
            throw new InvalidInputException("city", "at most " + MAX_CITY_LENGTH + " characters");
        }
        if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0)) {
            throw new InvalidInputException("price", "from 0 to " + MAX_PRICE.toPlainString());
        }
        if (price != null && price.scale() > 2) {
            throw new InvalidInputException("price", "at most two decimals");
        }
        language = blankToNull(language);
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException("language", "must be a language code such as en or es (ISO 639)");
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
