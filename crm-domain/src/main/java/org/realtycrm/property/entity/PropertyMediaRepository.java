package org.realtycrm.property.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PropertyMediaRepository {

    /** A listing's media in their DD Order. */
    List<PropertyMedia> forProperty(long propertyId);

    /** The media of these properties, each property's in their DD Order. */
    Map<Long, List<PropertyMedia>> forProperties(Collection<Long> propertyIds);

    Optional<PropertyMedia> find(long propertyId, String mediaKey);

    Optional<PropertyMedia> find(long id);

    /** The id of the first stored photo (in DD Order) of each of these properties that has one. */
    Map<Long, Long> covers(Collection<Long> propertyIds);

    void add(PropertyMedia media);

    /**
     * Adds media of properties that are new in this transaction, in one statement rather than as entities: a feed's
     * first load describes ten media for every listing. The objects given stay unmanaged (they get no id); a medium
     * whose (property, MediaKey) is stored already is left out. Pending changes are written first.
     */
    void addAllAtOnce(List<PropertyMedia> media);

    void remove(PropertyMedia media);
}
