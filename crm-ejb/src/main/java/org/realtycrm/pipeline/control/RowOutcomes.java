package org.realtycrm.pipeline.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Records what an import made of its rows, set-based on the caller's connection: each lead linked {@code OWNER_OF}
 * its row's property (once, however many rows name the pair), and each row's lead, outcome and score.
 */
final class RowOutcomes {

    private static final String LINK_PROPERTIES = """
            insert into lead_properties (lead_id, property_id, relation, created_by_id)
            select distinct l.lead_id, l.property_id, 'OWNER_OF', ?::bigint
              from unnest(?::bigint[], ?::bigint[]) as l(lead_id, property_id)
             where l.lead_id is not null
             order by l.lead_id, l.property_id
            on conflict (lead_id, property_id, relation) do nothing
            """;

    // a row keeps the lead it became earlier (a responder's row merged again) and its first real outcome. The lines'
    // range lets the planner read the rows by the primary key: given only the chunk's lines to join, it reads all of
    // the table's rows
    private static final String OUTCOMES = """
            update pipeline_rows r
               set lead_id = coalesce(o.lead_id, r.lead_id),
                   lead_outcome = case when r.lead_outcome is null or r.lead_outcome = 'NO_CONTACT' then o.outcome
                                       else r.lead_outcome end,
                   score = o.score
              from unnest(?::bigint[], ?::bigint[], ?::text[], ?::int[]) as o(line, lead_id, outcome, score)
             where r.pull_id = ? and r.line between ? and ? and r.line = o.line
            """;

    private RowOutcomes() {
    }

    /**
     * @param leadIds  each row's lead ({@code null}: nobody to reach)
     * @param outcomes each row's outcome, as pipeline_rows keeps it
     * @param scores   each row's points
     */
    static void record(Connection db, long pullId, Long actorId, List<PulledOwner> rows, Long[] leadIds,
            String[] outcomes, Integer[] scores) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Long[] lines = rows.stream().map(PulledOwner::line).toArray(Long[]::new);
        Long[] properties = rows.stream().map(PulledOwner::propertyId).toArray(Long[]::new);
        try (PreparedStatement link = db.prepareStatement(LINK_PROPERTIES)) {
            link.setObject(1, actorId, Types.BIGINT);
            link.setArray(2, db.createArrayOf("bigint", leadIds));
            link.setArray(3, db.createArrayOf("bigint", properties));
            link.executeUpdate();
        }
        try (PreparedStatement outcome = db.prepareStatement(OUTCOMES)) {
            outcome.setArray(1, db.createArrayOf("bigint", lines));
            outcome.setArray(2, db.createArrayOf("bigint", leadIds));
            outcome.setArray(3, db.createArrayOf("text", outcomes));
            outcome.setArray(4, db.createArrayOf("integer", scores));
            outcome.setLong(5, pullId);
            outcome.setLong(6, rows.stream().mapToLong(PulledOwner::line).min().orElseThrow());
            outcome.setLong(7, rows.stream().mapToLong(PulledOwner::line).max().orElseThrow());
            outcome.executeUpdate();
        }
    }
}
