package org.realtycrm.mls.entity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(long feedId, String officeKey);

    /** The feed's offices among {@code officeKeys}, by OfficeKey, in one read. */
    Map<String, Office> findByKeys(long feedId, Collection<String> officeKeys);

    void add(Office office);
}
