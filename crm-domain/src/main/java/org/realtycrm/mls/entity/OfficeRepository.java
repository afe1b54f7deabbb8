package org.realtycrm.mls.entity;

import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(long feedId, String officeKey);

    void add(Office office);
}
