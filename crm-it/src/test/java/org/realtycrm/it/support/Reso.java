package org.realtycrm.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * An integrator of the RESO Web API: an API client the admin issued, signed in with the OAuth2 client-credentials
 * grant. {@link #get} takes an OData path and query as an integrator's tool writes it (spaces and quotes plain); it
 * is percent-encoded here.
 */
public final class Reso {

    public static final String ROOT = "/reso/odata";
    public static final String TOKEN = "/reso/oauth2/token";
    public static final String CLIENTS = "/api/v1/api-clients";

    private final long id;
    private final String clientId;
    private final String secret;
    private final Api api;

    private Reso(long id, String clientId, String secret, Api api) {
        this.id = id;
        this.clientId = clientId;
        this.secret = secret;
        this.api = api;
    }

    /** A new client, issued by the admin, holding a token. */
    public static Reso newClient() {
        JsonObject issued = Accounts.admin().create(CLIENTS, Json.createObjectBuilder()
                .add("name", "IT integrator " + Unique.word()).build());
        String clientId = issued.getString("clientId");
        String secret = issued.getString("clientSecret");
        String token = grant(clientId, secret).expect(200).json().getString("access_token");
        return new Reso(issued.getJsonNumber("id").longValue(), clientId, secret, Api.withToken(token));
    }

    /** The grant with the id and secret in the form body. */
    public static Response grant(String clientId, String secret) {
        return Api.anonymous().send("POST", TOKEN, "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + form(clientId) + "&client_secret=" + form(secret));
    }

    /** The grant with the id and secret as HTTP Basic credentials (RFC 6749 §2.3.1). */
    public static Response grantWithBasic(String clientId, String secret) {
        String credentials = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(secret))
                .getBytes(StandardCharsets.UTF_8));
        return Api.withAuthorization("Basic " + credentials).send("POST", TOKEN,
                "application/x-www-form-urlencoded", "grant_type=client_credentials");
    }

    public long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public String secret() {
        return secret;
    }

    public Api api() {
        return api;
    }

    /** GET of {@code /reso/odata} + the path and query, e.g. {@code get("/Property?$filter=City eq 'Austin'")}. */
    public Response get(String pathAndQuery) {
        return api.get(ROOT + encoded(pathAndQuery));
    }

    /** Percent-encodes what a URL cannot hold as it is (spaces, quotes inside values, +), leaving the structure. */
    public static String encoded(String pathAndQuery) {
        StringBuilder out = new StringBuilder();
        for (byte b : pathAndQuery.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~$,'():/?&=*;@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
