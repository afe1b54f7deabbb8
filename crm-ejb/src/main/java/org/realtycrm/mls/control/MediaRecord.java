package org.realtycrm.mls.control;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One RESO Media record (a photo, usually) of a listing. */
public record MediaRecord(String mediaKey, String resourceRecordKey, String mediaUrl, OptionalInt order,
                          Optional<String> mediaCategory, Optional<Instant> mediaModificationTimestamp) {
}
