package org.realtycrm.property.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.property.control.PhotoReads;
import org.realtycrm.property.entity.PropertyVisibility;

/**
 * What anyone may read of the listings without signing in: the photos the brokerage's website shows. The website
 * reads the listings themselves from the database (the view {@code site_listings}); their photos are in the
 * document store, sealed or in a private bucket, so it links to them here. Only listings the public may see
 * ({@link PropertyVisibility#publicListings()}) have their photos served.
 */
@Stateless
@PermitAll
public class PublicListings {

    @Inject
    PhotoReads photos;

    /** A public listing's stored photo, or its thumbnail; any other photo is not found. */
    public DocumentContent photo(long mediaId, boolean thumbnail) {
        return photos.read(mediaId, thumbnail, PropertyVisibility.publicListings());
    }
}
