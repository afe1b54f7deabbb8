package org.realtycrm.integration.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.integration.entity.ApiClient;
import org.realtycrm.integration.entity.ApiClientRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The integrators that may read our listings over the RESO Web API, kept by admins. Each gets a client id and a
 * secret for the OAuth2 client-credentials grant; the secret is shown once, when it is made.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ApiClients {

    /** A client with the secret just made for it: the only time the secret leaves the server. */
    public record WithSecret(ApiClient client, String secret) {

        /** Without the secret, should it ever be logged. */
        @Override
        public String toString() {
            return "WithSecret[client=" + client.getClientId() + "]";
        }
    }

    @Inject
    ApiClientRepository clients;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public List<ApiClient> all() {
        return clients.findAll();
    }

    public ApiClient find(long id) {
        return clients.find(id).orElseThrow(() -> new RecordNotFoundException("API client", id));
    }

    public WithSecret create(String name) {
        ApiClient.Issued issued = ApiClient.issue(name, caller.user().getId());
        ApiClient client = issued.client();
        if (clients.nameTaken(client.getName())) {
            throw new ConflictException("an API client named " + client.getName() + " already exists");
        }
        clients.add(client);
        audit(client, ActivityAction.API_CLIENT_CREATED, "API client " + client.getName() + " created (client id "
                + client.getClientId() + ")");
        return new WithSecret(client, issued.secret());
    }

    /** A new secret: no token is granted for the old one from now on (tokens already granted run out). */
    public WithSecret rotateSecret(long id) {
        ApiClient client = find(id);
        if (!client.isActive()) {
            throw new ConflictException("API client " + client.getName() + " is deactivated");
        }
        String secret = client.rotateSecret();
        audit(client, ActivityAction.API_CLIENT_SECRET_ROTATED, "API client " + client.getName()
                + ": secret replaced");
        return new WithSecret(client, secret);
    }

    /** Cuts the client off at once: no new token, and the tokens it holds are refused. Twice changes nothing. */
    public ApiClient deactivate(long id) {
        ApiClient client = find(id);
        if (client.isActive()) {
            client.deactivate();
            audit(client, ActivityAction.API_CLIENT_DEACTIVATED, "API client " + client.getName() + " deactivated");
        }
        return client;
    }

    private void audit(ApiClient client, ActivityAction action, String summary) {
        activities.record(caller.user(), SubjectType.API_CLIENT, client.getId(), action, summary, Map.of());
    }
}
