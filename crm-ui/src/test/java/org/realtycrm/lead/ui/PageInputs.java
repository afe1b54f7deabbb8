package org.realtycrm.lead.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ids in one form of a page, read from its source: where {@code Messages.refused} can put a boundary's field
 * error. A field whose name no input carries would show nowhere near it.
 */
final class PageInputs {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"#{}]+)\"");

    private PageInputs() {
    }

    static Set<String> of(String page, String formId) {
        String source;
        try {
            source = Files.readString(Path.of("src/main/webapp", page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = source.indexOf("<h:form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalArgumentException(page + " has no form " + formId);
        }
        String form = source.substring(start, source.indexOf("</h:form>", start));
        Matcher ids = ID.matcher(form);
        return ids.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }
}
