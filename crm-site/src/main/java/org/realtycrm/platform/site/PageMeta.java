package org.realtycrm.platform.site;

/**
 * What a page tells search engines and link previews: its title, description, canonical address, a picture, and
 * its schema.org description (JSON-LD, already escaped for a script element).
 */
public record PageMeta(String title, String description, String canonicalUrl, String imageUrl, String jsonLd) {
}
