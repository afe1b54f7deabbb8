package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * A stateful RESO Web API Property collection inside WireMock: it really evaluates the replication filter
 * ({@code ModificationTimestamp gt T or (ModificationTimestamp eq T and ListingKey gt 'K')}), {@code $orderby},
 * {@code $top}, {@code $skip} and {@code $select=ListingKey}, so a client that pages wrongly misses or repeats
 * records here as it would against a provider. Listings can change between two requests ({@link #afterRequest}).
 * Built {@link #keyedBy} another key, it is that collection instead (Member by MemberKey, Office by OfficeKey).
 */
final class ListingServer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "listing-server";

    private final String name;
    private final String keyField;
    private final Pattern cursorFilter;
    private final Pattern keyAfter;

    private final Map<String, JsonObject> listings = new TreeMap<>();
    private final Map<Integer, Consumer<ListingServer>> changes = new TreeMap<>();
    private boolean nextLinks;
    private int requests;

    ListingServer() {
        this(NAME, "ListingKey");
    }

    private ListingServer(String name, String keyField) {
        this.name = name;
        this.keyField = keyField;
        this.cursorFilter = Pattern.compile("ModificationTimestamp gt (\\S+) or \\(ModificationTimestamp eq (\\S+) and "
                + keyField + " gt '((?:[^']|'')*)'\\)");
        this.keyAfter = Pattern.compile(keyField + " gt '((?:[^']|'')*)'");
    }

    /** The collection of another resource, its records keyed by {@code keyField}; a transformer named {@code name}. */
    static ListingServer keyedBy(String name, String keyField) {
        return new ListingServer(name, keyField);
    }

    /** Adds or replaces a listing. */
    synchronized ListingServer put(String key, String modified, JsonObject extra) {
        JsonObjectBuilder record = Json.createObjectBuilder(extra).add(keyField, key).add("ModificationTimestamp", modified);
        listings.put(key, record.build());
        return this;
    }

    synchronized ListingServer remove(String key) {
        listings.remove(key);
        return this;
    }

    synchronized ListingServer put(String key, String modified) {
        return put(key, modified, JsonObject.EMPTY_JSON_OBJECT);
    }

    /** Answers with an {@code @odata.nextLink} (to {@code $skip}) on every full page. */
    synchronized ListingServer givingNextLinks() {
        nextLinks = true;
        return this;
    }

    /** Runs {@code change} once the {@code n}-th request has been answered, before the next one. */
    synchronized ListingServer afterRequest(int n, Consumer<ListingServer> change) {
        changes.put(n, change);
        return this;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Consumer<ListingServer> due = changes.remove(requests);
        if (due != null) {
            due.accept(this);
        }
        requests++;
        Request request = serveEvent.getRequest();
        Stream<JsonObject> matching = listings.values().stream();
        String filter = value(request, "$filter");
        Matcher after = filter == null ? null : keyAfter.matcher(filter);
        if (after != null && after.matches()) {
            String k = after.group(1).replace("''", "'");
            matching = matching.filter(r -> r.getString(keyField).compareTo(k) > 0);
        } else if (filter != null) {
            Matcher cursor = cursorFilter.matcher(filter);
            if (!cursor.matches() || !cursor.group(1).equals(cursor.group(2))) {
                return responseDefinition().withStatus(400).withBody("unsupported $filter: " + filter).build();
            }
            Instant t = Instant.parse(cursor.group(1));
            String k = cursor.group(3).replace("''", "'");
            matching = matching.filter(r -> modified(r).isAfter(t) || modified(r).equals(t) && r.getString(keyField).compareTo(k) > 0);
        }
        String orderBy = value(request, "$orderby");
        Comparator<JsonObject> byKey = Comparator.comparing(r -> r.getString(keyField));
        if (("ModificationTimestamp," + keyField).equals(orderBy)) {
            matching = matching.sorted(Comparator.comparing(ListingServer::modified).thenComparing(byKey));
        } else if (keyField.equals(orderBy)) {
            matching = matching.sorted(byKey);
        } else {
            return responseDefinition().withStatus(400).withBody("unsupported $orderby: " + orderBy).build();
        }
        int skip = value(request, "$skip") == null ? 0 : Integer.parseInt(value(request, "$skip"));
        int top = Integer.parseInt(value(request, "$top"));
        List<JsonObject> page = matching.skip(skip).limit(top).toList();
        boolean keysOnly = keyField.equals(value(request, "$select"));
        JsonArrayBuilder values = Json.createArrayBuilder();
        page.forEach(r -> values.add(keysOnly ? Json.createObjectBuilder().add(keyField, r.getString(keyField)).build() : r));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("@odata.context", "$metadata#Property").add("value", values);
        if (nextLinks && page.size() == top) {
            String url = request.getAbsoluteUrl().replaceAll("&\\$skip=\\d+", "") + "&$skip=" + (skip + top);
            answer.add("@odata.nextLink", url);
        }
        return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(answer.build().toString()).build();
    }

    private static String value(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static Instant modified(JsonObject record) {
        return Instant.parse(record.getString("ModificationTimestamp"));
    }

    synchronized List<String> keys() {
        return new ArrayList<>(listings.keySet());
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return name;
    }
}
