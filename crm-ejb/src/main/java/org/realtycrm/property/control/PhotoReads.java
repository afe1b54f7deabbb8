package org.realtycrm.property.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyVisibility;

/**
 * A stored photo of a property, for a reader who may see the property: the screens' agents and the website's
 * visitors alike. A photo of a property the reader may not see is missing, like one that is.
 */
@Dependent
public class PhotoReads {

    @Inject
    PropertyRepository properties;

    @Inject
    PropertyMediaRepository media;

    @Inject
    DocumentStore documents;

    /**
     * The photo, or its thumbnail when it has one and {@code thumbnail} asks for it. The public is shown photos only
     * ({@link PropertyMedia#isPublicPhoto}), never the other media a feed sends.
     */
    public DocumentContent read(long mediaId, boolean thumbnail, PropertyVisibility visibility) {
        RecordNotFoundException notFound = new RecordNotFoundException("photo", mediaId);
        PropertyMedia medium = media.find(mediaId).orElseThrow(() -> notFound);
        if (medium.getStoredKey() == null || visibility.idxDisplayOnly() && !medium.isPublicPhoto()
                || properties.find(medium.getPropertyId(), visibility).isEmpty()) {
            throw notFound;
        }
        String key = thumbnail && medium.getThumbnailKey() != null ? medium.getThumbnailKey() : medium.getStoredKey();
        return documents.get(key).orElseThrow(() -> notFound);
    }
}
