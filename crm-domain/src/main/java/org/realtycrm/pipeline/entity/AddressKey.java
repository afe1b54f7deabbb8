package org.realtycrm.pipeline.entity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form in which two lists' spellings of one address compare equal: upper case, punctuation gone, USPS street
 * suffixes and directionals abbreviated ("123 North Main Street, Apt. 4" and "123 N MAIN ST #4" agree), unit kept
 * apart, and the ZIP's first five digits (or, without a ZIP, city and state). Purchased lists name the same house in
 * many ways; properties are found again by this key (or by parcel number).
 */
public final class AddressKey {

    /** The longest key kept (the column's width). */
    public static final int MAX_LENGTH = 255;

    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9# ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern UNIT = Pattern.compile("\\s(?:APT|APARTMENT|UNIT|STE|SUITE|#)\\s*#?\\s*([A-Z0-9-]+)$");
    /** A unit column's own designator ("Unit 4", "Apt #4", "#4"): the unit is what follows it. */
    private static final Pattern DESIGNATOR = Pattern.compile("^(?:(?:APT|APARTMENT|UNIT|STE|SUITE)\\b)?\\s*#?\\s*");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("STREET", "ST"), Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"), Map.entry("ROAD", "RD"),
            Map.entry("DRIVE", "DR"), Map.entry("LANE", "LN"), Map.entry("COURT", "CT"), Map.entry("BOULEVARD", "BLVD"),
            Map.entry("PLACE", "PL"), Map.entry("TERRACE", "TER"), Map.entry("CIRCLE", "CIR"),
            Map.entry("PARKWAY", "PKWY"), Map.entry("HIGHWAY", "HWY"), Map.entry("SQUARE", "SQ"),
            Map.entry("TRAIL", "TRL"), Map.entry("WAY", "WAY"), Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"),
            Map.entry("EAST", "E"), Map.entry("WEST", "W"), Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"),
            Map.entry("SOUTHEAST", "SE"), Map.entry("SOUTHWEST", "SW"));

    private AddressKey() {
    }

    /**
     * @param unit a unit given in a column of its own, or {@code null}
     * @return the key, or {@code null} without a street or without both a ZIP and a city
     */
    public static String of(String street, String unit, String city, String state, String zip) {
        String normal = words(street);
        if (normal.isEmpty()) {
            return null;
        }
        String unitPart = DESIGNATOR.matcher(words(unit)).replaceFirst("").replace("#", "").strip();
        var inStreet = UNIT.matcher(normal);
        if (inStreet.find()) {
            if (unitPart.isEmpty()) {
                unitPart = inStreet.group(1);
            }
            normal = normal.substring(0, inStreet.start()).strip();
        }
        StringBuilder key = new StringBuilder();
        for (String word : normal.replace("#", " ").strip().split(" ")) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(WORDS.getOrDefault(word, word));
            }
        }
        String place;
        String zip5 = zip == null ? "" : zip.strip();
        if (zip5.length() >= 5 && zip5.substring(0, 5).chars().allMatch(Character::isDigit)) {
            place = zip5.substring(0, 5);
        } else if (city != null && !city.isBlank() && state != null && !state.isBlank()) {
            place = words(city) + " " + words(state);
        } else {
            return null;
        }
        String whole = key + "|" + unitPart.replace(" ", "") + "|" + place;
        return whole.length() > MAX_LENGTH ? whole.substring(0, MAX_LENGTH) : whole;
    }

    private static String words(String text) {
        if (text == null) {
            return "";
        }
        String upper = NOT_WORD.matcher(text.toUpperCase(Locale.ROOT).replace('.', ' ').replace(',', ' '))
                .replaceAll(" ");
        return SPACES.matcher(upper).replaceAll(" ").strip();
    }
}
