package org.realtycrm.pipeline.control;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;

import javax.net.ssl.SSLException;

/**
 * {@link FileDrop} on a list an aggregator publishes at an HTTPS URL. The address serves one file at a time, replaced
 * by the next list: a HEAD request (a GET of its first byte where the server refuses HEAD) tells which version is
 * there, and that version is waiting unless its marker is the one picked up last time. A download cut off earlier
 * resumes with {@code Range} and {@code If-Range}, so that the server sends the rest only when the version is still the
 * same, and the whole new file otherwise; a server that ignores ranges sends the whole file and the copy starts over.
 */
public final class HttpsFileDrop implements FileDrop {

    private static final Logger LOG = Logger.getLogger(HttpsFileDrop.class.getName());

    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpsSettings settings;
    private final HttpClient http;
    private String lastMarker;

    public HttpsFileDrop(HttpsSettings settings) {
        this.settings = settings;
        this.lastMarker = settings.lastMarker();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                // one file per request: HTTP/2's multiplexing buys nothing here
                .version(HttpClient.Version.HTTP_1_1);
        if (settings.sslContext() != null) {
            builder.sslContext(settings.sslContext());
        }
        this.http = builder.build();
    }

    @Override
    public List<DroppedFile> waiting() {
        HttpResponse<Void> head = send("HEAD", List.of(), BodyHandlers.discarding(), "reach");
        DroppedFile file;
        if (head.statusCode() == 405 || head.statusCode() == 501) {
            file = probeFirstByte();
        } else {
            requireStatus(head, 200);
            HttpFileHeaders headers = new HttpFileHeaders(head.headers());
            file = dropped(headers, headers.contentLength().orElse(DroppedFile.UNKNOWN_SIZE));
        }
        return file.marker().equals(lastMarker) ? List.of() : List.of(file);
    }

    /** What HEAD would have told, from a GET of the first byte; a server that ignores the range is cut off. */
    private DroppedFile probeFirstByte() {
        HttpResponse<InputStream> probe = send("GET", List.of("Range", "bytes=0-0"), info -> info.statusCode() / 100 == 2
                ? BodySubscribers.ofInputStream() : BodySubscribers.replacing(InputStream.nullInputStream()), "reach");
        try (InputStream body = probe.body()) {
            requireStatus(probe, 200, 206);
            HttpFileHeaders headers = new HttpFileHeaders(probe.headers());
            OptionalLong size = probe.statusCode() == 206 ? headers.rangeTotal() : headers.contentLength();
            return dropped(headers, size.orElse(DroppedFile.UNKNOWN_SIZE));
        } catch (IOException e) {
            throw new FileDropException("cannot read the answer of " + where() + ": " + e.getMessage(), e);
        }
    }

    private DroppedFile dropped(HttpFileHeaders headers, long size) {
        String marker = headers.marker().orElseThrow(() -> new FileDropException(where() + " gives neither an ETag "
                + "nor a Last-Modified date, so a list already picked up could not be told from a new one"));
        return new DroppedFile(headers.fileName(settings.url()), size, headers.lastModified(), marker);
    }

    @Override
    public void fetch(DroppedFile file, Path target) {
        long have = sizeOf(target);
        boolean resume = have > 0 && (!file.sizeKnown() || have < file.size()) && validatesRanges(file.marker());
        List<String> headers = List.of();
        if (resume) {
            LOG.fine(() -> "resuming " + file.name() + " from " + where() + " at byte " + have);
            headers = List.of("Range", "bytes=" + have + "-", "If-Range", file.marker());
        }
        RangeDownload download = new RangeDownload(target, resume ? have : 0, file.marker());
        HttpResponse<Path> response = send("GET", headers, download, "download " + file.name() + " from");
        if (download.refusal() != null) {
            throw new FileDropException(file.name() + " from " + where() + ": " + download.refusal());
        }
        requireStatus(response, 200, 206, 416);
        long expected = file.sizeKnown() ? file.size() : download.announcedSize();
        long got = sizeOf(target);
        if (expected >= 0 && got != expected) {
            throw new FileDropException(file.name() + " from " + where() + ": " + got + " bytes arrived of " + expected);
        }
    }

    /** If-Range takes a strong ETag or a date (RFC 9110 §13.1.5): with a weak ETag the copy starts over. */
    private static boolean validatesRanges(String marker) {
        return !marker.startsWith("W/");
    }

    /**
     * Nothing to do at the source: the URL is read-only to us and the aggregator replaces the file with the next
     * list. What marks this version as picked up is its marker, which the caller keeps as the next
     * {@link HttpsSettings#lastMarker()}; this drop stops offering it at once.
     */
    @Override
    public void pickedUp(DroppedFile file) {
        lastMarker = file.marker();
    }

    /** Nothing to release: Java 17's HttpClient has no close(); its idle connections end with it. */
    @Override
    public void close() {
    }

    /**
     * Sends the request, following up to {@value #MAX_REDIRECTS} redirects by hand: the API key goes only to the
     * configured URL's origin (a CDN or a presigned storage URL must neither see it nor be confused by it), and never
     * over plain HTTP.
     *
     * @param headers the request's own headers, as name, value, name, value…
     */
    private <T> HttpResponse<T> send(String method, List<String> headers, BodyHandler<T> handler, String what) {
        URI url = settings.url();
        for (int redirects = 0; ; redirects++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                    .method(method, HttpRequest.BodyPublishers.noBody());
            for (int i = 0; i < headers.size(); i += 2) {
                request.header(headers.get(i), headers.get(i + 1));
            }
            if (settings.headerName() != null && sameOrigin(url, settings.url())) {
                request.header(settings.headerName(), settings.headerValue());
            }
            HttpResponse<T> response = exchange(request.build(), handler, what);
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
                return response;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FileDropException(where() + " redirects more than " + MAX_REDIRECTS + " times");
            }
            URI next = url.resolve(location.get().strip());
            if (!"https".equalsIgnoreCase(next.getScheme())) {
                throw new FileDropException(where() + " redirects to " + HttpsSettings.display(next)
                        + ", which is not https");
            }
            url = next;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI url) {
        return url.getPort() == -1 ? 443 : url.getPort();
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, BodyHandler<T> handler, String what) {
        try {
            return http.send(request, handler);
        } catch (HttpTimeoutException e) {
            throw new FileDropException("no answer from " + display(request) + " within "
                    + settings.timeout().toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new FileDropException("cannot connect to " + display(request) + ": " + e.getMessage(), e);
        } catch (SSLException e) {
            throw new FileDropException("no secure connection to " + display(request)
                    + " (is its certificate trusted?): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FileDropException("cannot " + what + " " + display(request) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileDropException("interrupted while waiting for " + display(request), e);
        }
    }

    private static String display(HttpRequest request) {
        return HttpsSettings.display(request.uri());
    }

    private void requireStatus(HttpResponse<?> response, int... accepted) {
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return;
            }
        }
        int status = response.statusCode();
        String why = switch (status) {
            case 401, 403 -> ": the API key or the account was refused";
            case 404, 410 -> ": no file at this address";
            default -> "";
        };
        throw new FileDropException("HTTP " + status + " from " + HttpsSettings.display(response.uri()) + why);
    }

    private String where() {
        return HttpsSettings.display(settings.url());
    }

    private static long sizeOf(Path target) {
        try {
            return Files.exists(target) ? Files.size(target) : 0;
        } catch (IOException e) {
            throw new FileDropException("cannot read the size of " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the answer where it belongs, deciding on its status and headers before a byte is written: the rest of
     * the file (206 from the first missing byte) is appended, a whole file (200) replaces the partial copy, and
     * anything else leaves the target as it was.
     */
    private static final class RangeDownload implements BodyHandler<Path> {

        private final Path target;
        private final long from;
        private final String marker;
        private String refusal;
        private long announcedSize = DroppedFile.UNKNOWN_SIZE;

        RangeDownload(Path target, long from, String marker) {
            this.target = target;
            this.from = from;
            this.marker = marker;
        }

        @Override
        public BodySubscriber<Path> apply(HttpResponse.ResponseInfo info) {
            HttpFileHeaders headers = new HttpFileHeaders(info.headers());
            switch (info.statusCode()) {
                case 206 -> {
                    long start = headers.rangeStart().orElse(-1);
                    if (from == 0 || start != from) {
                        refusal = "the server sent a range from byte " + start + " where byte " + from + " was asked";
                        return BodySubscribers.replacing(target);
                    }
                    announcedSize = headers.rangeTotal().orElse(DroppedFile.UNKNOWN_SIZE);
                    return BodySubscribers.ofFile(target, WRITE, APPEND);
                }
                case 200 -> {
                    if (headers.marker().filter(served -> !served.equals(marker)).isPresent()) {
                        // the server's answer to If-Range, or a new list published since waiting() looked
                        refusal = "the file changed at the source since it was listed";
                        return BodySubscribers.replacing(target);
                    }
                    announcedSize = headers.contentLength().orElse(DroppedFile.UNKNOWN_SIZE);
                    return BodySubscribers.ofFile(target, CREATE, WRITE, TRUNCATE_EXISTING);
                }
                case 416 -> {
                    // asked from the byte after the last: the partial copy was the whole file
                    announcedSize = headers.rangeTotal().orElse(DroppedFile.UNKNOWN_SIZE);
                    if (from == 0 || announcedSize != from) {
                        refusal = "the server cannot send bytes from " + from + " (HTTP 416)";
                    }
                    return BodySubscribers.replacing(target);
                }
                default -> {
                    return BodySubscribers.replacing(target);
                }
            }
        }

        String refusal() {
            return refusal;
        }

        long announcedSize() {
            return announcedSize;
        }
    }
}
