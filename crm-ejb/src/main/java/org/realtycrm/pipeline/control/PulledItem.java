package org.realtycrm.pipeline.control;

import org.realtycrm.pipeline.entity.ListRow;

/** What reading one record of a list gave: a row to keep, a row the criteria leave out, or a rejected row. */
public sealed interface PulledItem {

    long line();

    record Kept(ListRow row) implements PulledItem {
        @Override
        public long line() {
            return row.line();
        }
    }

    record Filtered(long line) implements PulledItem {
    }

    record Rejected(long line, String reason) implements PulledItem {
    }
}
