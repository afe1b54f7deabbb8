package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One media record (a photo, usually) of a listing. Where the object is: {@code mediaUrl} to fetch it from (RESO
 * Web API, RETS GetObject with {@code Location=1}), or {@code content}, the bytes the feed sent in its answer (RETS
 * GetObject with {@code Location=0}). The sync stores its own copy either way.
 */
public record MediaRecord(String mediaKey, String resourceRecordKey, String mediaUrl, OptionalInt order,
                          Optional<String> mediaCategory, Optional<Instant> mediaModificationTimestamp,
                          Optional<MediaContent> content) {

    public MediaRecord {
        Objects.requireNonNull(content);
    }

    /** A record that names its object by URL only (RESO Web API). */
    public MediaRecord(String mediaKey, String resourceRecordKey, String mediaUrl, OptionalInt order,
                       Optional<String> mediaCategory, Optional<Instant> mediaModificationTimestamp) {
        this(mediaKey, resourceRecordKey, mediaUrl, order, mediaCategory, mediaModificationTimestamp, Optional.empty());
    }
}
