package org.realtycrm.it.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * One roster resource of {@link FakeMls} (Member by MemberKey, Office by OfficeKey), answering as its Property
 * resource does: the replication filter ({@code ModificationTimestamp gt T or (ModificationTimestamp eq T and
 * MemberKey gt 'K')}) evaluated, {@code $orderby=ModificationTimestamp,MemberKey} required, {@code $top}, and a
 * nextLink by {@code $skip} on every full page. A {@code $select} without the key is refused, as providers do.
 */
final class FakeRoster {

    /** What the resource answers: an HTTP status and a JSON body. */
    record Answer(int status, String json) {
    }

    private final String resource;
    private final String keyField;
    private final Pattern cursor;
    private final Map<String, JsonObject> records = new TreeMap<>();

    FakeRoster(String resource, String keyField) {
        this.resource = resource;
        this.keyField = keyField;
        this.cursor = Pattern.compile("ModificationTimestamp gt (\\S+) or \\(ModificationTimestamp eq (\\S+) and "
                + keyField + " gt '((?:[^']|'')*)'\\)");
    }

    /** Adds or replaces a record. */
    synchronized void put(String key, Instant modified, JsonObject fields) {
        JsonObjectBuilder record = Json.createObjectBuilder(fields).add(keyField, key)
                .add("ModificationTimestamp", modified.toString());
        records.put(key, record.build());
    }

    Answer answer(Map<String, String> query, String serviceRoot, String rawQuery, boolean nextLinks) {
        String select = query.get("$select");
        if (select != null && !List.of(select.split(",")).contains(keyField)) {
            return new Answer(400, "{\"error\":\"$select without " + keyField + "\"}");
        }
        if (!("ModificationTimestamp," + keyField).equals(query.get("$orderby"))) {
            return new Answer(400, "{\"error\":\"unsupported $orderby\"}");
        }
        Stream<JsonObject> matching;
        synchronized (this) {
            matching = new ArrayList<>(records.values()).stream();
        }
        String filter = query.get("$filter");
        if (filter != null) {
            Matcher after = cursor.matcher(filter);
            if (!after.matches()) {
                return new Answer(400, "{\"error\":\"unsupported $filter\"}");
            }
            Instant t = Instant.parse(after.group(1));
            String k = after.group(3).replace("''", "'");
            matching = matching.filter(r -> modified(r).isAfter(t)
                    || modified(r).equals(t) && r.getString(keyField).compareTo(k) > 0);
        }
        int skip = Integer.parseInt(query.getOrDefault("$skip", "0"));
        int top = Integer.parseInt(query.get("$top"));
        List<JsonObject> page = matching.sorted(Comparator.comparing(FakeRoster::modified)
                .thenComparing(r -> r.getString(keyField))).skip(skip).limit(top).toList();
        JsonArrayBuilder values = Json.createArrayBuilder();
        page.forEach(values::add);
        JsonObjectBuilder answer = Json.createObjectBuilder().add("@odata.context", "$metadata#" + resource)
                .add("value", values);
        if (nextLinks && page.size() == top) {
            answer.add("@odata.nextLink", serviceRoot + "/" + resource + "?"
                    + rawQuery.replaceAll("&\\$skip=\\d+", "") + "&$skip=" + (skip + top));
        }
        return new Answer(200, answer.build().toString());
    }

    private static Instant modified(JsonObject record) {
        return Instant.parse(record.getString("ModificationTimestamp"));
    }
}
