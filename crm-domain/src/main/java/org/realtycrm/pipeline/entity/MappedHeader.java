package org.realtycrm.pipeline.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mapping laid over one file's header row: which column carries each field, which mapped headers the file lacks,
 * and which of its columns the mapping does not name (kept with each row as extras). Headers compare without case,
 * spaces or punctuation, so "Owner 1 First Name" finds "OWNER_1_FIRST_NAME".
 */
public final class MappedHeader {

    private final Map<ListField, Integer> columns = new EnumMap<>(ListField.class);
    private final Map<ListField, String> missing = new EnumMap<>(ListField.class);
    private final Map<Integer, String> extras = new LinkedHashMap<>();

    MappedHeader(Map<ListField, String> mapping, List<String> header) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(comparable(header.get(i)), i);
        }
        mapping.forEach((field, name) -> {
            Integer index = byName.get(comparable(name));
            if (index == null) {
                missing.put(field, name);
            } else {
                columns.put(field, index);
            }
        });
        for (int i = 0; i < header.size(); i++) {
            if (!columns.containsValue(i) && !header.get(i).isBlank()) {
                extras.put(i, header.get(i).strip());
            }
        }
    }

    static String comparable(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '%' || c == '#') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** @return the column of the field, or -1 when the file does not carry it */
    public int columnOf(ListField field) {
        return columns.getOrDefault(field, -1);
    }

    public boolean has(ListField field) {
        return columns.containsKey(field);
    }

    /** The mapped fields whose header the file lacks, with the header the mapping expected. */
    public Map<ListField, String> missing() {
        return Collections.unmodifiableMap(missing);
    }

    /** The file's columns no field names: column → header. */
    public Map<Integer, String> extras() {
        return Collections.unmodifiableMap(extras);
    }

    /**
     * Why rows of this file cannot be read at all (a list must name its owners and their properties), or an empty
     * list.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!has(ListField.OWNER_NAME) && !has(ListField.OWNER_LAST_NAME) && !has(ListField.OWNER_FIRST_NAME)) {
            problems.add("no owner name column (" + expected(ListField.OWNER_NAME, ListField.OWNER_LAST_NAME) + ")");
        }
        if (!has(ListField.PROPERTY_STREET) && !has(ListField.APN)) {
            problems.add("no property address or APN column ("
                    + expected(ListField.PROPERTY_STREET, ListField.APN) + ")");
        }
        return problems;
    }

    private String expected(ListField first, ListField second) {
        List<String> names = new ArrayList<>();
        for (ListField field : List.of(first, second)) {
            if (missing.containsKey(field)) {
                names.add("\"" + missing.get(field) + "\" not found");
            }
        }
        return names.isEmpty() ? "not mapped" : String.join(", ", names);
    }
}
