package org.realtycrm.platform.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a MIME multipart body (RFC 2046 §5.1): what RETS GetObject sends in {@code multipart/parallel}, and
 * SendGrid's Inbound Parse in {@code multipart/form-data} (RFC 7578). Each part's headers and its bytes, exactly as
 * sent (binary-safe: the body is searched as bytes for {@code CRLF--boundary}, never decoded as text). A bare LF
 * before the delimiter is accepted too. Jakarta Mail's {@code MimeMultipart} would need its implementation on every
 * class path that parses, the unit tests' included; this needs nothing.
 */
public final class Multipart {

    /** RFC 5322's field name: printable ASCII but the colon, no space; a line starting with a space folds. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");

    /**
     * One part: header names in lower case, the body's bytes, and whether its header block was malformed in a way
     * the parser passed over (a line that is no {@code Name: value}, a folded line, a header named twice, a line
     * ended by a bare LF): a sender's own multipart writer makes none of these, so one says the part was written by
     * someone else, such as the boundary carried inside another part's text.
     */
    public record Part(Map<String, String> headers, byte[] body, boolean malformedHeaders) {
        /** A part whose headers were read elsewhere (an HTTP answer's own, which stands for its one part). */
        public Part(Map<String, String> headers, byte[] body) {
            this(headers, body, false);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private Multipart() {
    }

    /** The {@code boundary} parameter of a multipart Content-Type, unquoted. */
    public static Optional<String> boundary(String contentType) {
        return parameter(contentType, "boundary");
    }

    /**
     * A parameter of a header value ({@code boundary} of a Content-Type, {@code name} of a Content-Disposition),
     * unquoted; a semicolon inside quotes belongs to the value.
     */
    public static Optional<String> parameter(String headerValue, String name) {
        List<String> parameters = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < headerValue.length(); i++) {
            char c = headerValue.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parameters.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parameters.add(current.toString());
        for (String parameter : parameters.subList(1, parameters.size())) {
            String p = parameter.trim();
            int equals = p.indexOf('=');
            if (equals > 0 && p.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = p.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * @throws IllegalArgumentException the body has no opening delimiter, or a part is not closed by one
     */
    public static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        if (at < 0 || (at > 0 && body[at - 1] != '\n')) {
            throw new IllegalArgumentException("no opening delimiter --" + boundary);
        }
        List<Part> parts = new ArrayList<>();
        while (true) {
            int position = at + delimiter.length;
            if (position + 1 < body.length && body[position] == '-' && body[position + 1] == '-') {
                return parts;
            }
            int delimiterEnd = lineEnd(body, position);
            position = afterLineEnd(body, position);
            if (position < 0) {
                throw new IllegalArgumentException("a part without headers after --" + boundary);
            }
            boolean malformed = body[delimiterEnd] == '\n';
            Map<String, String> headers = new LinkedHashMap<>();
            while (true) {
                int end = lineEnd(body, position);
                if (end < 0) {
                    throw new IllegalArgumentException("a part's headers are not closed");
                }
                String line = new String(body, position, end - position, StandardCharsets.ISO_8859_1);
                malformed |= body[end] == '\n';
                position = afterLineEnd(body, end);
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                malformed |= colon <= 0 || !HEADER_NAME.matcher(line.substring(0, colon)).matches();
                if (colon > 0) {
                    String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    malformed |= headers.put(name, line.substring(colon + 1).trim()) != null;
                }
            }
            int next = indexOf(body, delimiter, position);
            while (next >= 0 && !(next > 0 && body[next - 1] == '\n')) {
                next = indexOf(body, delimiter, next + 1);
            }
            if (next < 0) {
                throw new IllegalArgumentException("a part is not closed by --" + boundary);
            }
            int bodyEnd = next - 1;
            if (bodyEnd > position && body[bodyEnd - 1] == '\r') {
                bodyEnd--;
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, position, Math.max(position, bodyEnd)), malformed));
            at = next;
        }
    }

    /** The index of the CR of CRLF or of a bare LF ending the line at {@code from}; -1 when there is none. */
    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == '\n') {
                return i > from && body[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static int afterLineEnd(byte[] body, int from) {
        int end = lineEnd(body, from);
        if (end < 0) {
            return -1;
        }
        return body[end] == '\r' ? end + 2 : end + 1;
    }

    private static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
