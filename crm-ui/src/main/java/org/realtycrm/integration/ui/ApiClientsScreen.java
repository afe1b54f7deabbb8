package org.realtycrm.integration.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.integration.boundary.ApiClients;
import org.realtycrm.integration.entity.ApiClient;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * The integrators that read our listings over the RESO Web API (api-clients.xhtml, administrators only): issue one,
 * give its client id and secret to the integrator, replace a secret, deactivate a client. A secret is on the screen
 * once, right after it is made, until the admin dismisses it; the boundary never hands it out again.
 */
@Named
@ViewScoped
public class ApiClientsScreen implements Serializable {

    static final String CREATE_FORM = "create";
    /** Where the integrator gets a token (crm-web, at the server's root). */
    static final String TOKEN_PATH = "/reso/oauth2/token";
    /** Where the integrator reads the listings with it. */
    static final String SERVICE_PATH = "/reso/odata";

    @Inject
    ApiClients clients;

    private List<ApiClient> all;
    private String name;
    /** The secret just made, and whose it is: shown until dismissed or the view ends; never serialized. */
    private transient ApiClients.WithSecret shown;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        all = clients.all();
    }

    public void create() {
        try {
            shown = clients.create(name);
            Messages.info("Issued " + shown.client().getName() + ". Copy its secret now: it is not shown again.");
            name = null;
            reload();
        } catch (ConflictException taken) {
            Messages.refused(new InvalidInputException("name", taken.getMessage()), CREATE_FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, CREATE_FORM);
        }
    }

    public void rotate(ApiClient client) {
        try {
            shown = clients.rotateSecret(client.getId());
            Messages.info("New secret for " + client.getName() + ": no token is granted for the old one from now on "
                    + "(tokens already granted run out). Copy it now: it is not shown again.");
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void deactivate(ApiClient client) {
        try {
            clients.deactivate(client.getId());
            Messages.info("Deactivated " + client.getName() + ": it gets no new token, and the tokens it holds are "
                    + "refused.");
            if (shown != null && shown.client().getId().equals(client.getId())) {
                shown = null;
            }
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void dismissSecret() {
        shown = null;
    }

    /** The token endpoint's absolute URL, as the integrator reaches this server (the request's scheme and host). */
    public String getTokenUrl() {
        return origin() + TOKEN_PATH;
    }

    /** The RESO Web API's service root, absolute. */
    public String getServiceUrl() {
        return origin() + SERVICE_PATH;
    }

    /** e.g. {@code https://crm.example.com} or {@code http://localhost:8080}: the default port is left out. */
    private static String origin() {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = request.getRequestScheme();
        String host = request.getRequestServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 address
        }
        int port = request.getRequestServerPort();
        boolean defaultPort = port <= 0 || "http".equalsIgnoreCase(scheme) && port == 80
                || "https".equalsIgnoreCase(scheme) && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    public List<ApiClient> getAll() {
        return all;
    }

    public ApiClients.WithSecret getShown() {
        return shown;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
