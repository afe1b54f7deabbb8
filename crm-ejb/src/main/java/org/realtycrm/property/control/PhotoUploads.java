package org.realtycrm.property.control;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.storage.Thumbnails;
import org.realtycrm.property.entity.PropertyMedia;
import org.realtycrm.property.entity.PropertyMediaRepository;

/**
 * A photo an agent uploads to an off-MLS property: the photo and its thumbnail stored under a new media key (a stored
 * object never changes, so browsers may cache it), and a medium after the property's others. Its MediaURL names the
 * stored object ({@code upload:<key>}): there is no feed to fetch it from.
 */
@ApplicationScoped
public class PhotoUploads {

    /** A phone's photo at full resolution is 3–12 MB. */
    public static final int MAX_BYTES = 15 * 1024 * 1024;

    @Inject
    DocumentStore documents;

    @Inject
    PropertyMediaRepository media;

    public PropertyMedia store(long propertyId, byte[] photo) {
        if (photo.length > MAX_BYTES) {
            throw new TooLargeException("a photo has at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String type = contentType(photo);
        byte[] thumbnail = Thumbnails.jpeg(photo); // refuses what is not a readable JPEG or PNG
        String mediaKey = UUID.randomUUID().toString();
        String base = "properties/" + propertyId + "/media/" + mediaKey;
        String objectKey = base + (type.equals("image/png") ? ".png" : ".jpg");
        String thumbnailKey = base + "-thumb.jpg";
        documents.put(objectKey, new ByteArrayInputStream(photo), photo.length, type);
        documents.put(thumbnailKey, new ByteArrayInputStream(thumbnail), thumbnail.length, "image/jpeg");
        int order = media.forProperty(propertyId).stream().mapToInt(PropertyMedia::getOrder).max().orElse(-1) + 1;
        PropertyMedia medium = new PropertyMedia(propertyId, mediaKey, order, "upload:" + objectKey, "Photo",
                Instant.now());
        medium.stored(objectKey, thumbnailKey, type, photo.length);
        media.add(medium);
        return medium;
    }

    /** By the bytes, not the name or the browser's word. */
    static String contentType(byte[] photo) {
        if (photo.length > 3 && (photo[0] & 0xff) == 0xff && (photo[1] & 0xff) == 0xd8 && (photo[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (photo.length > 8 && (photo[0] & 0xff) == 0x89 && photo[1] == 'P' && photo[2] == 'N' && photo[3] == 'G') {
            return "image/png";
        }
        throw new UnsupportedContentException("a photo is a JPEG or PNG image");
    }
}
