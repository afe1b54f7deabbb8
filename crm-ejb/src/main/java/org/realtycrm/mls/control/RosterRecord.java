package org.realtycrm.mls.control;

import java.time.Instant;

import jakarta.json.JsonObject;

/**
 * One Member or Office record as the feed sent it.
 *
 * @param key the record's MemberKey or OfficeKey (RETS: the value of the field the feed's settings name)
 * @param raw the whole record (RETS: each column of the row and its decoded value, as strings)
 */
public record RosterRecord(String key, Instant modificationTimestamp, JsonObject raw) {

    ReplicationCursor cursor() {
        return ReplicationCursor.after(modificationTimestamp, key);
    }
}
