package org.realtycrm.pipeline.control;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.pipeline.entity.LineType;
import org.realtycrm.pipeline.entity.SkipTraceRequest;
import org.realtycrm.pipeline.entity.SkipTraceResult;

/**
 * {@link SkipTracer} on Tracerfy's batch trace, which is asynchronous and can be polled (its webhook is optional):
 * <ul>
 * <li>{@link #submit}: {@code POST /v1/api/trace/} with a JSON body — the owners as {@code json_data} plus the
 * {@code *_column} names saying which field is which, {@code trace_type=normal}; the answer's {@code queue_id} is the
 * batch id;</li>
 * <li>{@link #poll}: {@code GET /v1/api/queues/?page=N} (the account's queues, newest first, 100 a page) until the
 * queue is found: {@code pending: true} is PENDING, {@code pending: false} is DONE, with {@code rows_uploaded} as the
 * count where given;</li>
 * <li>{@link #results}: {@code GET /v1/api/queue/{id}}, the queue's records ({@code primary_phone} with
 * {@code primary_phone_type}, {@code mobile_1}…, {@code landline_1}…, {@code email_1}…), matched back to the requests
 * by {@link TracerfyMatches} — JSON behind the key rather than the CSV at the public {@code download_url}, whose
 * columns the documentation does not list.</li>
 * </ul>
 * Every request carries {@code Authorization: Bearer <key>}. Phones become E.164 (invalid ones are dropped), emails
 * are trimmed and lower-cased (invalid ones dropped), mobiles are {@link LineType#MOBILE}, landlines
 * {@link LineType#LANDLINE}, the primary phone takes its stated type. Instances hold no state but their settings and
 * HTTP client, and may be shared between threads.
 *
 * <p>Follows Tracerfy's "Skip Tracing API Documentation" (https://www.tracerfy.com/skip-tracing-api-documentation/:
 * Fetch all Queue, Fetch Single Queue), its "Batch Trace" page
 * (https://tracerfy.com/skip-tracing-api-documentation/trace/) and the Markdown copy of the whole reference that page
 * offers ("Tracerfy API Documentation"), read in 2026. Assumed where they are silent:
 * <ul>
 * <li>the body is {@code application/json} with {@code json_data} as a string holding the JSON array (the reference
 * types it "string: raw JSON array of records"; its example posts a CSV file instead);</li>
 * <li>records echo the row's values in fields named as the columns are named here; Tracerfy takes no caller key, so
 * results find their requests by name and address (see {@link TracerfyRow}), and an owner whose record cannot be
 * placed counts as not found (logged, without contact data);</li>
 * <li>no failure state is documented: a queue is pending or complete, and "pending" does not tell queued from
 * running; a queue missing from the account's list is FAILED. Queue ids grow with creation (the examples' do), so the
 * list is read only down to older ids;</li>
 * <li>429 and 5xx (with or without {@code Retry-After}) are possible, although only 400, 401 and 403 are
 * documented; a queue's records come in one answer (no paging is documented for it);</li>
 * <li>the normal trace's records carry no DNC or litigator flags (Tracerfy sells those as a separate, paid DNC scrub,
 * which this adapter does not order), so its phones come with both flags false — the company's own Do-Not-Call
 * registry decides what may be dialled; and no hit flag, so an owner is found when a usable phone or email came
 * back.</li>
 * </ul>
 */
public final class TracerfySkipTracer implements SkipTracer {

    static final String VENDOR = "Tracerfy";
    /** Tracerfy's page size for the queue list. */
    static final int QUEUES_PER_PAGE = 100;

    private static final Logger LOG = Logger.getLogger(TracerfySkipTracer.class.getName());
    private static final Pattern NUMBERED = Pattern.compile("(mobile|landline|email)_([0-9]{1,3})");
    private static final Pattern QUEUE_ID = Pattern.compile("[0-9]{1,18}");

    private final TracerfySettings settings;
    private final SkipTraceCalls calls;

    TracerfySkipTracer(TracerfySettings settings, SkipTraceCalls calls) {
        this.settings = settings;
        this.calls = calls;
    }

    public static TracerfySkipTracer of(TracerfySettings settings) {
        return of(settings, Clock.systemUTC());
    }

    /** @param clock reads {@code Retry-After} given as an HTTP date */
    static TracerfySkipTracer of(TracerfySettings settings, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        return new TracerfySkipTracer(settings, new SkipTraceCalls(http, VENDOR, settings.timeout(), clock,
                settings.apiKey()));
    }

    @Override
    public int maxBatchSize() {
        return settings.maxBatchSize();
    }

    @Override
    public String submit(List<SkipTraceRequest> batch) {
        checkBatch(batch);
        if (batch.size() > settings.maxBatchSize()) {
            throw new IllegalArgumentException("a batch of " + batch.size() + " owners is larger than the "
                    + settings.maxBatchSize() + " " + VENDOR + " takes at once: split it");
        }
        String body = TracerfyRow.traceRequest(batch.stream().map(TracerfyRow::of).toList()).toString();
        HttpRequest request = request("/v1/api/trace/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String action = "submitting a batch of " + batch.size() + " owners";
        JsonValue answer = calls.json(request, action);
        JsonValue queueId = answer instanceof JsonObject object ? object.get("queue_id") : null;
        return idText(queueId).orElseThrow(() -> SkipTraceException.notRetryable(VENDOR + " accepted a batch of "
                + batch.size() + " owners without naming its queue_id: look at its queue list before submitting the "
                + "batch again, it may have been queued and billed", 200, null));
    }

    @Override
    public BatchProgress poll(String batchId) {
        long queueId = queueId(batchId);
        Set<Long> seen = new HashSet<>();
        for (int page = 1; ; page++) {
            String action = "reading page " + page + " of the queue list";
            JsonArray queues = array(calls.json(request("/v1/api/queues/?page=" + page).GET().build(), action),
                    action);
            boolean newIds = false;
            boolean reachedOlder = false;
            for (JsonValue value : queues) {
                if (!(value instanceof JsonObject queue)) {
                    continue;
                }
                Optional<String> idText = idText(queue.get("id"));
                if (idText.isEmpty()) {
                    continue;
                }
                long id = Long.parseLong(idText.get());
                if (id == queueId) {
                    return progress(queue, queueId);
                }
                newIds |= seen.add(id);
                reachedOlder |= id < queueId;
            }
            // newest first: past older ids the queue cannot come; and a page with nothing new means the list ended
            if (queues.size() < QUEUES_PER_PAGE || reachedOlder || !newIds) {
                return BatchProgress.failed(VENDOR + " lists no queue " + queueId + " for this account: it was not "
                        + "created with this API key, or " + VENDOR + " no longer has it");
            }
        }
    }

    @Override
    public List<SkipTraceResult> results(String batchId, List<SkipTraceRequest> submitted) {
        long queueId = queueId(batchId);
        checkBatch(submitted);
        BatchProgress progress = poll(batchId);
        if (progress.state() != BatchProgress.State.DONE) {
            throw new IllegalStateException(VENDOR + " queue " + queueId + " is " + progress.state()
                    + progress.failure().map(why -> " (" + why + ")").orElse("")
                    + ": ask for its results once poll says DONE");
        }
        String action = "reading the records of queue " + queueId;
        JsonArray records = array(calls.json(request("/v1/api/queue/" + queueId).GET().build(), action), action);
        TracerfyMatches matches = new TracerfyMatches(submitted);
        int unmatched = 0;
        for (JsonValue value : records) {
            if (value instanceof JsonObject record && !matches.add(record, contacts(record))) {
                unmatched++;
            }
        }
        if (unmatched > 0) {
            LOG.warning(VENDOR + " queue " + queueId + ": " + unmatched + " of " + records.size()
                    + " records name no submitted owner by name and address; those owners count as not found");
        }
        return matches.results();
    }

    /** A record's phones and emails: the primary phone first, then mobiles and landlines, then emails, by number. */
    static TracedContacts contacts(JsonObject record) {
        TracedContacts contacts = new TracedContacts();
        contacts.phone(TracerfyRow.text(record, "primary_phone"),
                LineType.fromLabel(TracerfyRow.text(record, "primary_phone_type")), false, false);
        TreeMap<Integer, String> mobiles = new TreeMap<>();
        TreeMap<Integer, String> landlines = new TreeMap<>();
        TreeMap<Integer, String> emails = new TreeMap<>();
        for (String field : record.keySet()) {
            Matcher numbered = NUMBERED.matcher(field);
            if (numbered.matches()) {
                TreeMap<Integer, String> into = switch (numbered.group(1)) {
                    case "mobile" -> mobiles;
                    case "landline" -> landlines;
                    default -> emails;
                };
                into.put(Integer.parseInt(numbered.group(2)), TracerfyRow.text(record, field));
            }
        }
        mobiles.values().forEach(number -> contacts.phone(number, LineType.MOBILE, false, false));
        landlines.values().forEach(number -> contacts.phone(number, LineType.LANDLINE, false, false));
        emails.values().forEach(contacts::email);
        return contacts;
    }

    private static BatchProgress progress(JsonObject queue, long queueId) {
        JsonValue pending = queue.get("pending");
        OptionalInt rows = queue.get("rows_uploaded") instanceof JsonNumber number && number.isIntegral()
                ? OptionalInt.of(number.intValue()) : OptionalInt.empty();
        if (pending == JsonValue.TRUE) {
            return BatchProgress.pending(rows);
        }
        if (pending == JsonValue.FALSE) {
            return BatchProgress.done(rows);
        }
        throw SkipTraceException.notRetryable(VENDOR + " lists queue " + queueId + " without its pending flag: its "
                + "API may have changed", 200, null);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(settings.resolve(path))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + settings.apiKey());
    }

    private static void checkBatch(List<SkipTraceRequest> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one owner");
        }
        Set<String> ids = new HashSet<>();
        for (SkipTraceRequest request : batch) {
            if (!ids.add(request.requestId())) {
                throw new IllegalArgumentException("request id " + request.requestId() + " appears twice in the batch");
            }
        }
    }

    private static long queueId(String batchId) {
        if (batchId == null || !QUEUE_ID.matcher(batchId).matches()) {
            throw new IllegalArgumentException("not a " + VENDOR + " queue id: " + batchId);
        }
        return Long.parseLong(batchId);
    }

    /** An id given as a JSON number or a string of digits. */
    private static Optional<String> idText(JsonValue id) {
        String text = id instanceof JsonNumber number && number.isIntegral() ? number.bigIntegerValue().toString()
                : id instanceof JsonString string ? string.getString().strip() : null;
        return text != null && QUEUE_ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    private static JsonArray array(JsonValue answer, String action) {
        if (answer instanceof JsonArray array) {
            return array;
        }
        throw SkipTraceException.notRetryable(VENDOR + " answered " + action + " with JSON that is not the documented "
                + "list: its API may have changed", 200, null);
    }
}
