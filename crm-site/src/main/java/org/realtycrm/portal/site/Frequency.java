package org.realtycrm.portal.site;

import java.util.Locale;
import java.util.Optional;

/** How often a saved search's new homes are emailed to the client. */
public enum Frequency {
    INSTANT("Instantly"),
    DAILY("Daily digest"),
    OFF("Off");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name as a form or the core sends it ({@code INSTANT}, {@code daily}); empty when it is none of these. */
    static Optional<Frequency> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
