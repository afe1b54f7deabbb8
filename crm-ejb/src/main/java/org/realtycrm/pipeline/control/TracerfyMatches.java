package org.realtycrm.pipeline.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.realtycrm.pipeline.entity.SkipTraceRequest;
import org.realtycrm.pipeline.entity.SkipTraceResult;

/**
 * Gives Tracerfy's records back to the requests they answer, by what they echo ({@link TracerfyRow}): first by
 * property address and owner name; a record whose name matches none (Tracerfy cleaned it differently) goes to the one
 * request at its property address, if only one is there. Tracerfy de-duplicates rows, so requests for the same owner
 * at the same address share a record; several records for one request add up.
 */
final class TracerfyMatches {

    private final List<SkipTraceRequest> requests;
    private final Map<String, List<String>> byOwner = new HashMap<>();
    private final Map<String, List<String>> byAddress = new HashMap<>();
    private final Map<String, TracedContacts> contacts = new HashMap<>();

    TracerfyMatches(List<SkipTraceRequest> submitted) {
        this.requests = List.copyOf(submitted);
        for (SkipTraceRequest request : requests) {
            TracerfyRow row = TracerfyRow.of(request);
            byOwner.computeIfAbsent(row.ownerKey(), key -> new ArrayList<>()).add(request.requestId());
            byAddress.computeIfAbsent(row.addressKey(), key -> new ArrayList<>()).add(request.requestId());
        }
    }

    /** @return whether the record answers a submitted request */
    boolean add(JsonObject record, TracedContacts recordContacts) {
        List<String> ids = byOwner.get(TracerfyRow.ownerKey(record));
        if (ids == null) {
            List<String> atAddress = byAddress.get(TracerfyRow.addressKey(record));
            ids = atAddress != null && atAddress.size() == 1 ? atAddress : List.of();
        }
        ids.forEach(id -> contacts.computeIfAbsent(id, key -> new TracedContacts()).addAll(recordContacts));
        return !ids.isEmpty();
    }

    /** One result per request, in the order submitted. */
    List<SkipTraceResult> results() {
        return requests.stream().map(SkipTraceRequest::requestId)
                .map(id -> contacts.containsKey(id) ? contacts.get(id).result(id) : SkipTraceResult.notFound(id))
                .toList();
    }
}
