package org.realtycrm.integration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.integration.entity.ApiClient;
import org.realtycrm.integration.entity.ApiClientRepository;
import org.realtycrm.platform.problem.UnauthenticatedException;

/**
 * Whether the integrator behind a token still may read. A token stays signed until it expires, but an admin who
 * deactivates a client means it to stop now: every request checks.
 */
@ApplicationScoped
public class ActiveApiClients {

    @Inject
    ApiClientRepository clients;

    /** @throws UnauthenticatedException when no active client has this id */
    public ApiClient require(String clientId) {
        return clients.findByClientId(clientId)
                .filter(ApiClient::isActive)
                .orElseThrow(() -> new UnauthenticatedException("this API client is no longer active"));
    }
}
