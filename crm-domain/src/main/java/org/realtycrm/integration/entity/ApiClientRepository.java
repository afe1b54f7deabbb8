package org.realtycrm.integration.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiClientRepository {

    ApiClient add(ApiClient client);

    Optional<ApiClient> find(long id);

    Optional<ApiClient> findByClientId(String clientId);

    /** Every client, active first, then by name. */
    List<ApiClient> findAll();

    boolean nameTaken(String name);

    /**
     * Notes when the client last got a token, without changing its version: two of an integrator's workers asking
     * at once must not make each other's grant fail as a concurrent edit.
     */
    void tokenGranted(long id, Instant at);
}
