package org.realtycrm.platform.crypto;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table with sealed columns, for the re-sealing after a key rotation: its key columns (the walk's order), its
 * sealed columns, and whether they are a whole sealed value or JSON with sealed values inside (the audit trail's
 * changes).
 */
record SealedTable(String name, List<String> key, List<String> columns, boolean json) {

    /** Every table whose columns the application seals; a new sealed column is added here too. */
    static final List<SealedTable> ALL = List.of(
            new SealedTable("leads", List.of("id"), List.of("email", "notes"), false),
            new SealedTable("lead_phones", List.of("lead_id", "position"), List.of("number"), false),
            new SealedTable("activities", List.of("id"), List.of("changes"), true),
            new SealedTable("lead_import_rejects", List.of("import_id", "line"), List.of("original"), false),
            new SealedTable("pipeline_rows", List.of("pull_id", "line"), List.of("extra", "contacts"), false),
            new SealedTable("skip_trace_cache", List.of("owner_key"), List.of("contacts"), false),
            new SealedTable("intake_sources", List.of("id"), List.of("secret"), false),
            new SealedTable("outbox_mails", List.of("id"), List.of("to_address", "to_name", "text_body", "html_body"),
                    false),
            new SealedTable("outbox_texts", List.of("id"), List.of("to_phone", "body"), false),
            new SealedTable("inbound_texts", List.of("id"), List.of("from_phone", "body"), false),
            new SealedTable("inbound_mails", List.of("id"), List.of("from_address", "subject", "body"), false),
            new SealedTable("email_opt_outs", List.of("id"), List.of("email"), false));

    /**
     * The next batch after a key position, in key order, of rows that hold a value of another version than the
     * active one (its prefix, {@code v<n>:}, is the only parameter after the key; for JSON a regular expression
     * that may also match text that only looks sealed, which the caller checks again).
     *
     * @param afterKey whether the batch starts after a key position (its values the first parameters); the first
     *                 batch starts at the beginning, as no value of every key type comes before all others
     */
    String selectBatch(int size, boolean afterKey) {
        String keys = String.join(", ", key);
        String read = columns.stream().map(column -> json ? column + "::text" : column)
                .collect(Collectors.joining(", "));
        String stale = columns.stream()
                .map(column -> json ? column + "::text ~ ?" : "(" + column + " is not null and not starts_with("
                        + column + ", ?))")
                .collect(Collectors.joining(" or "));
        String after = afterKey ? "(" + keys + ") > (" + String.join(", ", Collections.nCopies(key.size(), "?"))
                + ") and " : "";
        return "select " + keys + ", " + read + " from " + name + " where " + after + "(" + stale + ") order by "
                + keys + " limit " + size;
    }

    /** What {@link #selectBatch} compares each sealed column with, for the active version. */
    String staleParameter(int activeVersion) {
        return json ? "\"v(?!" + activeVersion + ":)[0-9]+:" : "v" + activeVersion + ":";
    }

    /** Writes the re-sealed values, only if the row still holds what was read (an edit meanwhile wins). */
    String update() {
        String cast = json ? "::jsonb" : "";
        return "update " + name + " set "
                + columns.stream().map(c -> c + " = ?" + cast).collect(Collectors.joining(", "))
                + " where " + key.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "))
                + " and " + columns.stream().map(c -> c + " is not distinct from ?" + cast)
                        .collect(Collectors.joining(" and "));
    }
}
