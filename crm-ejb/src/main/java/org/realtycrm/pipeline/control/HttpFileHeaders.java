package org.realtycrm.pipeline.control;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTTP answer says about the file it serves: its name (Content-Disposition, else the URL's last path
 * segment), size (Content-Length, or the total of a Content-Range), modification date and version marker (the ETag,
 * else Last-Modified).
 */
final class HttpFileHeaders {

    private static final Pattern EXTENDED_FILENAME =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^';]*)'[^';]*'([^;\\s]+)");
    private static final Pattern FILENAME =
            Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");
    private static final Pattern CONTENT_RANGE = Pattern.compile("(?i)bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern UNSATISFIED_RANGE = Pattern.compile("(?i)bytes\\s+\\*/(\\d+)");
    private static final String FALLBACK_NAME = "download";

    private final HttpHeaders headers;

    HttpFileHeaders(HttpHeaders headers) {
        this.headers = headers;
    }

    /** The file's name without folders: a name with a path in it must not lead the copy elsewhere. */
    String fileName(URI url) {
        return headers.firstValue("Content-Disposition").flatMap(HttpFileHeaders::dispositionName)
                .map(HttpFileHeaders::lastSegment)
                .filter(HttpFileHeaders::usable)
                .orElseGet(() -> urlName(url));
    }

    /** The ETag, else the Last-Modified date; empty when the server gives neither. */
    Optional<String> marker() {
        return headers.firstValue("ETag").filter(tag -> !tag.isBlank())
                .or(() -> headers.firstValue("Last-Modified").filter(date -> !date.isBlank()));
    }

    Instant lastModified() {
        return headers.firstValue("Last-Modified").flatMap(date -> {
            try {
                return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    OptionalLong contentLength() {
        return headers.firstValueAsLong("Content-Length");
    }

    /** The first byte a 206 answer holds. */
    OptionalLong rangeStart() {
        return contentRange().map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty());
    }

    /** The whole file's size as a 206 (or 416) answer states it; empty when it says {@code *}. */
    OptionalLong rangeTotal() {
        Optional<Matcher> range = contentRange();
        if (range.isPresent()) {
            String total = range.get().group(3);
            return "*".equals(total) ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(total));
        }
        return headers.firstValue("Content-Range").map(UNSATISFIED_RANGE::matcher).filter(Matcher::matches)
                .map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty());
    }

    private Optional<Matcher> contentRange() {
        return headers.firstValue("Content-Range").map(value -> CONTENT_RANGE.matcher(value.strip()))
                .filter(Matcher::matches);
    }

    private static Optional<String> dispositionName(String disposition) {
        Matcher extended = EXTENDED_FILENAME.matcher(disposition);
        if (extended.find()) {
            Optional<String> decoded = percentDecoded(extended.group(2), extended.group(1));
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        Matcher plain = FILENAME.matcher(disposition);
        if (plain.find()) {
            return Optional.of(plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2));
        }
        return Optional.empty();
    }

    /** RFC 8187's {@code charset''percent-encoded} value, where a {@code +} is a plus, not a space. */
    private static Optional<String> percentDecoded(String value, String charset) {
        try {
            Charset encoding = charset.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charset.strip());
            return Optional.of(URLDecoder.decode(value.replace("+", "%2B"), encoding));
        } catch (IllegalArgumentException e) {
            // an unknown charset or a malformed escape: the plain filename parameter is used instead
            return Optional.empty();
        }
    }

    private static String urlName(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String segment = lastSegment(path);
        try {
            segment = lastSegment(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // a malformed escape: the raw segment is still a usable name
        }
        return usable(segment) ? segment : FALLBACK_NAME;
    }

    private static String lastSegment(String path) {
        String trimmed = path.strip().replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return trimmed.substring(slash + 1).strip();
    }

    private static boolean usable(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.chars().noneMatch(c -> c < 0x20);
    }
}
