package org.realtycrm.portal.site;

/** A link under a page's message: what it says and the path on this site it leads to. */
public record PageLink(String label, String path) {
}
