package org.realtycrm.campaign.control;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.realtycrm.campaign.entity.MailSender;
import org.realtycrm.campaign.entity.SenderAuthentication;
import org.realtycrm.platform.mime.Multipart;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * An email as SendGrid's Inbound Parse posts it: {@code multipart/form-data} (RFC 7578) with the fields {@code from},
 * {@code to}, {@code subject}, {@code text}, {@code html}, {@code headers} (the raw header block), {@code envelope}
 * (JSON: {@code from}, {@code to} array), {@code charsets} (JSON: each field's charset), {@code SPF}, {@code dkim},
 * {@code spam_score}; attachments (parts with a file name) are left out. Each field is read in the charset
 * {@code charsets} names for it (UTF-8 when none, or one Java does not know). What a sender controls is cut to a
 * length nobody writes, so that no field makes the reading slow.
 *
 * <p>SendGrid names each field once, in parts it writes itself, with one boundary for every post ({@code xYzZY}). An
 * email whose words carry that boundary can put parts of its own into the form: a field named twice, or a part whose
 * header block SendGrid would never write, says it did ({@link #tampered()}), and the first of each name is what is
 * read.
 *
 * @param envelopeFrom the envelope's sender as the receiving server had it: {@code <>} or {@code ""} for a null
 *                     reverse path ({@link #nullReversePath()}); empty when the envelope named none
 * @param tampered     whether the form carries parts SendGrid did not write (see above): nothing it says can be
 *                     trusted to be the email's
 */
public record InboundParseForm(String from, String to, String subject, String text, String html, String headers,
        Optional<String> envelopeFrom, List<String> envelopeTo, Double spamScore, SenderAuthentication sender,
        boolean tampered) {

    /** The header fields SendGrid passes on (from, to, subject): far longer than any. */
    static final int MAX_FIELD = 10_000;
    static final int MAX_HEADERS = 200_000;
    static final int MAX_BODY = 2_000_000;

    /**
     * @param contentType the request's, with its boundary
     * @throws InvalidInputException when the body is not such a form
     */
    public static InboundParseForm read(byte[] body, String contentType) {
        String boundary = contentType == null || !contentType.strip().toLowerCase(Locale.ROOT)
                .startsWith("multipart/form-data") ? null : Multipart.boundary(contentType).orElse(null);
        if (boundary == null) {
            throw new InvalidInputException("Content-Type", "must be multipart/form-data with a boundary, as SendGrid's "
                    + "Inbound Parse posts it");
        }
        Map<String, Multipart.Part> fields = new HashMap<>();
        boolean tampered = false;
        try {
            for (Multipart.Part part : Multipart.parse(body, boundary)) {
                String disposition = part.header("Content-Disposition").orElse("");
                Optional<String> name = Multipart.parameter(disposition, "name");
                tampered |= part.malformedHeaders() || name.isEmpty()
                        || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("form-data");
                if (name.isPresent() && Multipart.parameter(disposition, "filename").isEmpty()) {
                    // SendGrid names each field once: a second is not its, and whichever came first is suspect
                    tampered |= fields.putIfAbsent(name.get(), part) != null;
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("body", "is not multipart/form-data: " + e.getMessage());
        }
        Map<String, String> charsets = charsets(text(fields, "charsets", Map.of(), MAX_FIELD));
        JsonObject envelope = json(text(fields, "envelope", charsets, MAX_FIELD));
        return new InboundParseForm(text(fields, "from", charsets, MAX_FIELD), text(fields, "to", charsets, MAX_FIELD),
                text(fields, "subject", charsets, MAX_FIELD), text(fields, "text", charsets, MAX_BODY),
                text(fields, "html", charsets, MAX_BODY), text(fields, "headers", charsets, MAX_HEADERS),
                envelope.get("from") instanceof JsonString from ? Optional.of(from.getString().strip())
                        : Optional.empty(),
                envelope.get("to") instanceof JsonArray to ? to.getValuesAs(JsonValue.class).stream()
                        .filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString().strip())
                        .toList() : List.of(),
                score(text(fields, "spam_score", charsets, MAX_FIELD)),
                new SenderAuthentication(text(fields, "SPF", charsets, MAX_FIELD),
                        text(fields, "dkim", charsets, MAX_FIELD)),
                tampered);
    }

    /** What the email says: its text part, else its HTML's words. */
    public String words() {
        return text.isBlank() ? MailText.plain(html) : text;
    }

    /** Our address it reached: the envelope's first recipient, else the first address of its To header. */
    public Optional<String> recipient() {
        return envelopeTo.stream().findFirst().or(() -> MailSender.of(to).map(MailSender::address));
    }

    /**
     * Whether the envelope says a mail system sent it: a null reverse path ({@code <>}, RFC 5321, or blank as some
     * relays report it), which delivery reports and automatic replies use so that nothing answers them.
     */
    public boolean nullReversePath() {
        return envelopeFrom.map(from -> from.isEmpty() || from.equals("<>")).orElse(false);
    }

    private static String text(Map<String, Multipart.Part> fields, String name, Map<String, String> charsets,
            int max) {
        Multipart.Part part = fields.get(name);
        if (part == null) {
            return "";
        }
        String charset = Optional.ofNullable(charsets.get(name))
                .or(() -> part.header("Content-Type").flatMap(type -> Multipart.parameter(type, "charset")))
                .orElse("UTF-8");
        // no character takes more than 4 bytes (UTF-8's longest): the bytes are cut before they are decoded
        byte[] bytes = part.body();
        String value = new String(bytes, 0, (int) Math.min(bytes.length, (long) max * 4), charset(charset));
        if (value.length() <= max) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8; // what most mail is in; an odd letter is better than a lost reply
        }
    }

    private static Map<String, String> charsets(String json) {
        Map<String, String> charsets = new HashMap<>();
        json(json).forEach((field, charset) -> {
            if (charset instanceof JsonString name) {
                charsets.put(field, name.getString());
            }
        });
        return charsets;
    }

    /** A JSON object, or an empty one for anything else: these fields only help, and their absence is no error. */
    private static JsonObject json(String text) {
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    private static Double score(String text) {
        try {
            double score = Double.parseDouble(text.strip());
            return Double.isFinite(score) ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Never the addresses or the words: they are personal data, and records end up in logs. */
    @Override
    public String toString() {
        return "InboundParseForm[spamScore=" + spamScore + ", envelopeTo=" + envelopeTo.size() + " addresses"
                + (tampered ? ", tampered" : "") + "]";
    }
}
