package org.realtycrm.property.entity;

import java.util.List;
import java.util.Optional;

public interface PropertyMediaRepository {

    /** A listing's media in their DD Order. */
    List<PropertyMedia> forProperty(long propertyId);

    Optional<PropertyMedia> find(long propertyId, String mediaKey);

    void add(PropertyMedia media);

    void remove(PropertyMedia media);
}
