package org.realtycrm.property.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One photo (or other medium) of a listing, as its feed's Media record describes it, and our stored copy of it: we
 * download copies and never hot-link the feed's URL. A copy is fetched again when the feed's
 * MediaModificationTimestamp moves or its URL changes.
 */
@Entity
@Table(name = "property_media")
public class PropertyMedia extends Tracked {

    public static final int MEDIA_KEY_LENGTH = 255;
    public static final int URL_LENGTH = 8000;
    public static final int CATEGORY_LENGTH = 50;
    public static final int OBJECT_KEY_LENGTH = 1000;
    public static final int CONTENT_TYPE_LENGTH = 100;

    /**
     * From the column's own sequence, 50 at a time (V12 steps it by 50): a feed's page inserts thousands of rows, and
     * only ids known before the insert let Hibernate send them in batches.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "property_media_id")
    @SequenceGenerator(name = "property_media_id", sequenceName = "property_media_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "property_id", nullable = false, updatable = false)
    private long propertyId;

    @Column(name = "media_key", nullable = false, updatable = false, length = MEDIA_KEY_LENGTH)
    private String mediaKey;

    /** The DD Order: where the medium is shown among the listing's. */
    @Column(name = "media_order", nullable = false)
    private int order;

    @Column(nullable = false, length = URL_LENGTH)
    private String url;

    @Column(length = CATEGORY_LENGTH)
    private String category;

    @Column(name = "media_modification_ts")
    private Instant mediaModificationTimestamp;

    @Column(name = "stored_key", length = OBJECT_KEY_LENGTH)
    private String storedKey;

    @Column(name = "thumbnail_key", length = OBJECT_KEY_LENGTH)
    private String thumbnailKey;

    @Column(name = "content_type", length = CONTENT_TYPE_LENGTH)
    private String contentType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    protected PropertyMedia() {
        // for JPA
    }

    public PropertyMedia(long propertyId, String mediaKey, int order, String url, String category,
            Instant mediaModificationTimestamp) {
        this.propertyId = propertyId;
        this.mediaKey = Text.key("MediaKey", mediaKey, MEDIA_KEY_LENGTH);
        describe(order, url, category, mediaModificationTimestamp);
    }

    /**
     * Takes the feed's description again. When the medium changed (a later MediaModificationTimestamp, or another
     * URL) the stored copy is dropped so that it is fetched again.
     *
     * @return whether the medium must be fetched
     */
    public boolean updateFromFeed(int order, String url, String category, Instant mediaModificationTimestamp) {
        boolean moved = mediaModificationTimestamp != null && (this.mediaModificationTimestamp == null
                || mediaModificationTimestamp.isAfter(this.mediaModificationTimestamp));
        String oldUrl = this.url;
        describe(order, url, category, mediaModificationTimestamp == null ? this.mediaModificationTimestamp
                : mediaModificationTimestamp);
        if (moved || !this.url.equals(oldUrl)) {
            storedKey = null;
            thumbnailKey = null;
            contentType = null;
            sizeBytes = null;
        }
        return needsFetch();
    }

    /**
     * The listing's photos changed and this medium's description cannot say whether it did (no
     * MediaModificationTimestamp, an unchanging address such as a RETS object): its copy is dropped to be fetched
     * again.
     */
    public void refetch() {
        storedKey = null;
        thumbnailKey = null;
        contentType = null;
        sizeBytes = null;
    }

    /** Our copy and its thumbnail are stored under these object keys. */
    public void stored(String storedKey, String thumbnailKey, String contentType, long sizeBytes) {
        if (sizeBytes < 0) {
            throw new InvalidInputException("sizeBytes", "must not be negative");
        }
        this.storedKey = Text.key("storedKey", storedKey, OBJECT_KEY_LENGTH);
        this.thumbnailKey = Text.clip(thumbnailKey, OBJECT_KEY_LENGTH);
        this.contentType = Text.clip(contentType, CONTENT_TYPE_LENGTH);
        this.sizeBytes = sizeBytes;
    }

    public boolean needsFetch() {
        return storedKey == null;
    }

    private void describe(int order, String url, String category, Instant mediaModificationTimestamp) {
        if (order < 0) {
            throw new InvalidInputException("Order", "must not be negative");
        }
        this.order = order;
        this.url = Text.key("MediaURL", url, URL_LENGTH);
        this.category = Text.clip(category, CATEGORY_LENGTH);
        this.mediaModificationTimestamp = mediaModificationTimestamp;
    }

    public Long getId() {
        return id;
    }

    public long getPropertyId() {
        return propertyId;
    }

    public String getMediaKey() {
        return mediaKey;
    }

    public int getOrder() {
        return order;
    }

    /**
     * Whether the public may be shown it, on a listing the public may see: a photo (no floor plan, video or
     * document, which feeds send as media too) that we hold as an image. The view {@code site_listing_photos}
     * (migration V40) states the same rule for the website.
     */
    public boolean isPublicPhoto() {
        return storedKey != null && (category == null || "Photo".equals(category))
                && ("image/jpeg".equals(contentType) || "image/png".equals(contentType));
    }

    public String getUrl() {
        return url;
    }

    public String getCategory() {
        return category;
    }

    public Instant getMediaModificationTimestamp() {
        return mediaModificationTimestamp;
    }

    public String getStoredKey() {
        return storedKey;
    }

    public String getThumbnailKey() {
        return thumbnailKey;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }
}
