package org.realtycrm.identity.site;

import org.realtycrm.property.site.Slugs;

/** One of the brokerage's agents as the website shows them. */
public record Agent(long id, String name, String email) {

    /** Their page: {@code /agents/<name>-<id>}. */
    public String path() {
        return "/agents/" + Slugs.of(name) + "-" + id;
    }

    /** "AA" for "Ana Alvarez": the picture's stand-in. */
    public String initials() {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
