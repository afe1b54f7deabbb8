package org.realtycrm.mls.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.realtycrm.platform.problem.UnsupportedContentException;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.storage.DocumentStoreException;
import org.realtycrm.platform.storage.Thumbnails;

/**
 * The photo pass of a sync: every listing of the feed whose PhotosChangeTimestamp moved gets its Media records read
 * again (from the page's {@code $expand} when the feed sends them, else from the feed's Media resource), and only
 * the media that are new or changed are downloaded, stored with a thumbnail, and recorded. We keep our own copies:
 * the screens never hot-link the MLS. A listing is marked done only when all its media are stored, so a crash or a
 * failed download leaves it for the next sync, which fetches only what is still missing.
 */
@ApplicationScoped
public class ListingPhotos {

    /** Larger media are refused: a listing photo is a few MB at most. */
    static final long MAX_MEDIUM_BYTES = 30L * 1024 * 1024;
    private static final int BATCH = 200;
    private static final int MAX_REDIRECTS = 3;
    private static final Logger LOG = Logger.getLogger(ListingPhotos.class.getName());

    @Inject
    ListingStore store;

    @Inject
    DocumentStore documents;

    /** Hosts in a private network photos may still come from (a test's or a laptop's local MLS); comma-separated. */
    @Inject
    @ConfigProperty(name = "crm.mls.media-private-hosts")
    Optional<String> mediaPrivateHosts;

    private MediaAddresses addresses;

    @PostConstruct
    void init() {
        addresses = new MediaAddresses(Arrays.stream(mediaPrivateHosts.orElse("").split(",")).map(String::strip)
                .map(host -> host.toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).collect(Collectors.toSet()));
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER) // followed by hand: each hop's address is checked
            .build();

    /**
     * Fetches the photos of the feed's listings that need it, each listing at most once in this pass, and at most
     * {@code limit} listings: a first load's photos take many syncs, and the listings' own changes must not wait for
     * them.
     *
     * @param expandsMedia whether the feed sends Media with each listing ({@code $expand}): then the pages have
     *                     described them already, and the feed may have no Media resource to ask
     * @param tried        the listings this run has tried already (a listing whose photo fails is tried once a run)
     * @return how many listings' photos are complete now
     */
    public int fetchChanged(long feedId, long runId, ListingStore.Lease lease, ListingFeed feed, boolean expandsMedia,
                            Set<Long> tried, int limit) {
        int completed = 0;
        while (tried.size() < limit) {
            List<Long> batch = store.withPhotosToFetch(feedId, Math.min(BATCH, limit - tried.size()) + tried.size())
                    .stream().filter(tried::add).toList();
            if (batch.isEmpty()) {
                return completed;
            }
            for (long propertyId : batch) {
                Optional<ListingStore.PhotoWork> work = store.photoWork(feedId, propertyId, lease);
                if (work.isPresent() && fetch(feedId, runId, lease, feed, expandsMedia, work.get())) {
                    completed++;
                }
            }
        }
        return completed;
    }

    /** Deletes stored photos nothing refers to any more; one that stays is only wasted space. */
    public void deleteObsolete(List<String> objectKeys) {
        for (String obsolete : objectKeys) {
            try {
                documents.delete(obsolete);
            } catch (DocumentStoreException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "an obsolete photo stays in the store: " + obsolete, e);
            }
        }
    }

    private boolean fetch(long feedId, long runId, ListingStore.Lease lease, ListingFeed feed, boolean expandsMedia,
                          ListingStore.PhotoWork work) {
        List<MediaRecord> described = List.of();
        ListingStore.MediaChanges changes;
        if (expandsMedia) {
            changes = store.mediaToFetch(feedId, work.propertyId(), lease);
        } else {
            try {
                described = feed.media(work.listingKey());
            } catch (FeedUnavailableException e) {
                store.recordError(runId, "the media of listing " + work.listingKey() + " could not be read: "
                        + e.getMessage());
                return false;
            }
            changes = store.describeMedia(feedId, work.propertyId(), lease, described);
        }
        boolean complete = true;
        Set<String> kept = new HashSet<>();
        for (ListingStore.MediaToFetch medium : changes.toFetch()) {
            Optional<MediaContent> sent = described.stream()
                    .filter(record -> record.mediaKey().equals(medium.mediaKey()))
                    .findFirst().flatMap(MediaRecord::content);
            try {
                MediaContent content = sent.isPresent() ? sent.get() : download(medium.url());
                kept.addAll(keep(work, medium, content));
            } catch (IOException | DocumentStoreException | IllegalArgumentException e) {
                complete = false;
                store.recordError(runId, "photo " + medium.mediaKey() + " of listing " + work.listingKey()
                        + " was not stored: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        deleteObsolete(changes.obsoleteObjects().stream().filter(key -> !kept.contains(key)).toList());
        if (complete) {
            store.photosFetched(work.propertyId(), work.photosChangeTimestamp());
        }
        return complete;
    }

    /** @return the keys it stored */
    private List<String> keep(ListingStore.PhotoWork work, ListingStore.MediaToFetch medium, MediaContent content) {
        long propertyId = work.propertyId();
        // a new object for each version of a medium: a stored object never changes, so anything may cache it
        String base = "properties/" + propertyId + "/media/" + version(medium, work.photosChangeTimestamp());
        String objectKey = base + extension(content.contentType());
        documents.put(objectKey, new ByteArrayInputStream(content.bytes()), content.size(), content.contentType());
        String thumbnailKey = null;
        try {
            byte[] thumbnail = Thumbnails.jpeg(content.bytes());
            String key = base + "-thumb.jpg";
            documents.put(key, new ByteArrayInputStream(thumbnail), thumbnail.length, "image/jpeg");
            thumbnailKey = key;
        } catch (UnsupportedContentException e) {
            // not a JPEG or PNG (a floor plan PDF, a video): kept without a thumbnail
        }
        store.mediumStored(propertyId, medium.mediaKey(), objectKey, thumbnailKey, content.contentType(), content.size());
        return thumbnailKey == null ? List.of(objectKey) : List.of(objectKey, thumbnailKey);
    }

    private MediaContent download(String url) throws IOException, InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("the MediaURL is not an address: " + url);
        }
        for (int hop = 0; ; hop++) {
            addresses.requirePublic(uri);
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                if (status >= 300 && status < 400 && location.isPresent() && hop < MAX_REDIRECTS) {
                    uri = uri.resolve(location.get()); // checked again before it is fetched
                    continue;
                }
                if (status != 200) {
                    throw new IOException("the MediaURL answered " + status);
                }
                byte[] bytes = body.readNBytes((int) MAX_MEDIUM_BYTES + 1);
                if (bytes.length > MAX_MEDIUM_BYTES) {
                    throw new IOException("the medium is larger than " + MAX_MEDIUM_BYTES / (1024 * 1024) + " MB");
                }
                String type = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip())
                        .orElse("application/octet-stream");
                return new MediaContent(type, bytes);
            }
        }
    }

    /** Names one version of a medium: its key, address and time, and the listing's photos time (RETS has no other). */
    private static String version(ListingStore.MediaToFetch medium, Instant photosChanged) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((medium.mediaKey() + "\n" + medium.url() + "\n" + medium.mediaModificationTimestamp() + "\n"
                    + photosChanged).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String extension(String contentType) {
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/jpg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            case "video/mp4" -> ".mp4";
            default -> ".bin";
        };
    }
}
