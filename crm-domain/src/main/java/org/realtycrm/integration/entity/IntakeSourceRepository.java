package org.realtycrm.integration.entity;

import java.util.List;
import java.util.Optional;

public interface IntakeSourceRepository {

    IntakeSource add(IntakeSource source);

    Optional<IntakeSource> find(long id);

    Optional<IntakeSource> findByKey(String keyId);

    /** Every source, active first, then by name. */
    List<IntakeSource> findAll();

    boolean nameTaken(String name, Long exceptId);
}
