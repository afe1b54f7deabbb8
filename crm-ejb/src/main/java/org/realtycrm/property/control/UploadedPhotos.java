package org.realtycrm.property.control;

import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.platform.backup.BackedUpDocuments;

/**
 * The property photos a backup holds: those of listings agents entered (off-MLS), with their thumbnails. MLS photos
 * are left out; the feed gives them again (a reload fetches every photo).
 */
@ApplicationScoped
public class UploadedPhotos implements BackedUpDocuments {

    @Override
    public String keysQuery() {
        return """
                select m.stored_key from property_media m join properties p on p.id = m.property_id
                 where p.source = 'OFF_MLS' and m.stored_key is not null
                union
                select m.thumbnail_key from property_media m join properties p on p.id = m.property_id
                 where p.source = 'OFF_MLS' and m.thumbnail_key is not null""";
    }
}
