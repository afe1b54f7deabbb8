package org.realtycrm.campaign.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;

/**
 * The merge fields a template may name, {@code {{firstName}}}, and how they are filled. A name not in the list is
 * refused when the template is saved, never sent as written: a lead would read "Hi {{frstName}}". A field the lead
 * has no value for becomes empty ({@code {{firstName|there}}} gives a fallback).
 */
public final class MergeFields {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String FULL_NAME = "fullName";
    public static final String AGENT_NAME = "agentName";
    public static final String AGENT_EMAIL = "agentEmail";
    public static final String BROKERAGE = "brokerage";

    /** Every field, in the order a screen lists them. */
    public static final List<String> ALL = List.of(FIRST_NAME, LAST_NAME, FULL_NAME, AGENT_NAME, AGENT_EMAIL,
            BROKERAGE);

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^}|]*?)\\s*(?:\\|([^}]*))?}}");

    private MergeFields() {
    }

    /** Adds an error on {@code field} naming each merge field of {@code text} that does not exist. */
    public static void check(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            if (!ALL.contains(matcher.group(1))) {
                unknown.add("{{" + matcher.group(1) + "}}");
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(field, "names merge fields that do not exist: " + String.join(", ", unknown)
                    + "; the fields are " + ALL));
        }
    }

    /** The fields {@code text} names, in order of first use. */
    public static List<String> used(String text) {
        List<String> used = new ArrayList<>();
        Matcher matcher = FIELD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (!used.contains(matcher.group(1))) {
                used.add(matcher.group(1));
            }
        }
        return used;
    }

    /** {@code text} with each field replaced by its value (blank: the field's fallback, or nothing). */
    public static String render(String text, Map<String, String> values) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                value = matcher.group(2) == null ? "" : matcher.group(2).strip();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
