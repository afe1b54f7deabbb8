package org.realtycrm.property.rest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.control.TokenIssuer.SignedToken;
import org.realtycrm.integration.boundary.ApiClientTokens;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.platform.rest.RateLimits;

/**
 * The RESO Web API's token endpoint: the OAuth2 client-credentials grant (RFC 6749 §4.4). The client authenticates
 * with HTTP Basic (§2.3.1: its id and secret, form-encoded, then Base64) or with {@code client_id} and
 * {@code client_secret} in the form body; the answer is a bearer token for {@code /reso/odata}.
 */
@WebServlet(ResoTokenServlet.PATH)
public class ResoTokenServlet extends HttpServlet {

    static final String PATH = "/reso/oauth2/token";
    private static final Logger LOG = Logger.getLogger(ResoTokenServlet.class.getName());
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    ApiClientTokens tokens;

    @Inject
    RateLimits limits;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        OptionalLong wait = limits.apiCall(RateLimits.client(request));
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            refuse(response, 429, "slow_down", "retry after " + wait.getAsLong() + " seconds");
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            refuse(response, 400, "invalid_request", "send the grant as application/x-www-form-urlencoded");
            return;
        }
        String query = request.getQueryString();
        if (query != null && (query.contains("client_secret") || query.contains("client_id"))) {
            // RFC 6749 §2.3.1: never in the URL, which logs and proxies keep
            refuse(response, 400, "invalid_request", "send the client's credentials in the body, not the URL");
            return;
        }
        String grantType = request.getParameter("grant_type");
        if (grantType == null) {
            refuse(response, 400, "invalid_request", "grant_type is missing");
            return;
        }
        if (!grantType.equals("client_credentials")) {
            refuse(response, 400, "unsupported_grant_type", "only client_credentials is granted here");
            return;
        }
        String[] basic = basicCredentials(request.getHeader("Authorization"));
        if (basic == null && request.getHeader("Authorization") != null) {
            refuse(response, 400, "invalid_request", "the Authorization header must be HTTP Basic");
            return;
        }
        String formId = request.getParameter("client_id");
        String formSecret = request.getParameter("client_secret");
        if (basic != null && (formId != null && !formId.equals(basic[0]) || formSecret != null)) {
            refuse(response, 400, "invalid_request", "authenticate one way: HTTP Basic or the form, not both");
            return;
        }
        String clientId = basic != null ? basic[0] : formId;
        String secret = basic != null ? basic[1] : formSecret;
        if (clientId == null || secret == null) {
            refuse(response, 400, "invalid_request", "client_id and client_secret are needed (or HTTP Basic)");
            return;
        }
        try {
            SignedToken token = tokens.grant(clientId, secret);
            response.setContentType("application/json;charset=utf-8");
            response.getWriter().write(JSON.createObjectBuilder()
                    .add("access_token", token.token())
                    .add("token_type", "Bearer")
                    .add("expires_in", token.expiresInSeconds())
                    .build().toString());
        } catch (UnauthenticatedException e) {
            if (basic != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"reso\"");
            }
            refuse(response, 401, "invalid_client", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the RESO token grant failed", e);
            refuse(response, 500, "server_error", "an unexpected error occurred; it has been logged");
        }
    }

    /** The id and secret of an HTTP Basic header, or null when there is none or it is not Basic. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** OAuth2's error answer (RFC 6749 §5.2). */
    private static void refuse(HttpServletResponse response, int status, String error, String description)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        JsonObjectBuilder body = JSON.createObjectBuilder().add("error", error).add("error_description", description);
        JsonObject json = body.build();
        response.getWriter().write(json.toString());
    }
}
