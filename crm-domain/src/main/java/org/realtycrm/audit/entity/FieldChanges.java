package org.realtycrm.audit.entity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two audit states field by field and keeps only what differs. */
public final class FieldChanges {

    private FieldChanges() {
    }

    public static Map<String, FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String field : fields) {
            String from = text(before.get(field));
            String to = text(after.get(field));
            if (!Objects.equals(from, to)) {
                changes.put(field, new FieldChange(from, to));
            }
        }
        return changes;
    }

    /** Everything in a new record's state, as changes from nothing. */
    public static Map<String, FieldChange> created(Map<String, ?> state) {
        return between(Map.of(), state);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
