package org.realtycrm.mls.control;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.mls.entity.Roster;
import org.realtycrm.property.entity.Timestamps;

/**
 * Reads RESO Web API answers: a page's {@code value} and {@code @odata.nextLink}; Property, Media, Member and Office
 * records.
 */
final class OData {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    /** One answer of a collection query; {@code url} is where it came from. */
    record Page(List<JsonObject> values, Optional<URI> nextLink, URI url) {
    }

    private OData() {
    }

    static Page page(JsonObject answer, URI url) {
        JsonValue value = answer.get("value");
        if (!(value instanceof JsonArray array)) {
            throw new FeedUnavailableException("the answer has no \"value\" array", 200, url, 1);
        }
        List<JsonObject> values = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject object)) {
                throw new FeedUnavailableException("the \"value\" array holds a " + item.getValueType(), 200, url, 1);
            }
            values.add(object);
        }
        Optional<URI> next;
        try {
            next = optionalString(answer, "@odata.nextLink").map(url::resolve);
        } catch (IllegalArgumentException e) {
            throw new FeedUnavailableException("the nextLink is not a URL", 200, url, 1, e);
        }
        next.ifPresent(link -> {
            if (!sameOrigin(link, url)) {
                // the bearer token goes with every request: never to a host the feed was not configured for
                throw new FeedUnavailableException("the nextLink leads to another host", 200, url, 1);
            }
        });
        return new Page(values, next, url);
    }

    static ListingRecord listing(JsonObject record, URI url) {
        String key = requiredString(record, "ListingKey", url);
        Instant modified = exactTimestamp(record, "ModificationTimestamp", url)
                .orElseThrow(() -> new FeedUnavailableException("listing " + key + " has no ModificationTimestamp", 200, url, 1));
        boolean deletion = optionalString(record, "StandardStatus").filter("Delete"::equals).isPresent()
                || record.containsKey("MlgCanView") && record.get("MlgCanView").getValueType() == JsonValue.ValueType.FALSE;
        List<MediaRecord> media = new ArrayList<>();
        if (record.get("Media") instanceof JsonArray array) {
            for (JsonValue item : array) {
                media.add(media(item.asJsonObject()));
            }
        }
        return new ListingRecord(key, modified, timestamp(record, "PhotosChangeTimestamp", url),
                withoutMedia(record), deletion, media);
    }

    /**
     * The Property record itself, without the Media that {@code $expand} put in it: those are stored as Media
     * records, and kept in the listing's payload too they would be two thirds of it (10 photos), stored twice. A
     * feed's payload is then the same whether it expands Media or not.
     */
    private static JsonObject withoutMedia(JsonObject record) {
        if (record.keySet().stream().noneMatch(OData::isMediaExpansion)) {
            return record;
        }
        JsonObjectBuilder property = BUILDERS.createObjectBuilder();
        record.forEach((field, value) -> {
            if (!isMediaExpansion(field)) {
                property.add(field, value);
            }
        });
        return property.build();
    }

    /** {@code Media}, and its annotations such as {@code Media@odata.count}. */
    private static boolean isMediaExpansion(String field) {
        return field.equals("Media") || field.startsWith("Media@");
    }

    static RosterRecord rosterRecord(Roster roster, JsonObject record, URI url) {
        String key = requiredString(record, roster.keyField(), url);
        Instant modified = exactTimestamp(record, "ModificationTimestamp", url)
                .orElseThrow(() -> new FeedUnavailableException(
                        roster.resource() + " " + key + " has no ModificationTimestamp", 200, url, 1));
        return new RosterRecord(key, modified, record);
    }

    static MediaRecord media(JsonObject media) {
        URI url = URI.create("urn:media");
        JsonValue order = media.get("Order");
        return new MediaRecord(requiredString(media, "MediaKey", url),
                optionalString(media, "ResourceRecordKey").orElse(null),
                optionalString(media, "MediaURL").orElse(null),
                order instanceof JsonNumber number ? OptionalInt.of(number.intValue()) : OptionalInt.empty(),
                optionalString(media, "MediaCategory"),
                timestamp(media, "MediaModificationTimestamp", url));
    }

    static String requiredString(JsonObject record, String field, URI url) {
        return optionalString(record, field)
                .orElseThrow(() -> new FeedUnavailableException("a record has no " + field, 200, url, 1));
    }

    private static Optional<String> optionalString(JsonObject record, String field) {
        return record.get(field) instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    /**
     * A timestamp we only compare with its stored copy (PhotosChangeTimestamp, MediaModificationTimestamp), cut to
     * the microsecond PostgreSQL keeps: a finer one (some providers send 100 ns) would always look changed.
     */
    private static Optional<Instant> timestamp(JsonObject record, String field, URI url) {
        return exactTimestamp(record, field, url).map(Timestamps::asStored);
    }

    /**
     * A timestamp to the nanosecond, as sent: the ModificationTimestamp a replication cursor is built from, which
     * must be the record's own, or the next query ("gt" a cut value) returns the record again.
     */
    private static Optional<Instant> exactTimestamp(JsonObject record, String field, URI url) {
        try {
            return optionalString(record, field).map(IsoInstants::parse);
        } catch (DateTimeParseException e) {
            throw new FeedUnavailableException(field + " is not an ISO-8601 timestamp: " + record.get(field), 200, url, 1, e);
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }
}
