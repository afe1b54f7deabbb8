package org.realtycrm.pipeline.entity;

import java.util.Locale;

/**
 * What kind of line a traced number is, as the skip-trace vendor or the list says. It decides how a number may be
 * worked (a mobile needs consent before an autodialler or a text; a landline does not take texts). Stored by name:
 * append, never rename.
 */
public enum LineType {
    MOBILE,
    LANDLINE,
    VOIP,
    /** The source gave no type, or one we do not know. */
    UNKNOWN;

    /**
     * Reads the labels vendors and list exports use: "Mobile", "Wireless", "Cell", "W"; "Landline", "Land Line",
     * "Residential", "Fixed", "L"; anything naming VoIP ("VoIP", "Non-Fixed VoIP", "V"). Case, spaces and
     * punctuation do not matter; anything else, blank included, is {@link #UNKNOWN}.
     */
    public static LineType fromLabel(String label) {
        if (label == null) {
            return UNKNOWN;
        }
        String plain = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (plain.contains("voip") || plain.equals("v")) {
            // before the others: "Fixed VoIP" is a VoIP line, not a fixed one
            return VOIP;
        }
        return switch (plain) {
            case "mobile", "mobilephone", "wireless", "cell", "cellular", "cellphone", "m", "w", "c" -> MOBILE;
            case "landline", "landlinephone", "fixed", "fixedline", "wireline", "residential", "home", "l" -> LANDLINE;
            default -> UNKNOWN;
        };
    }
}
