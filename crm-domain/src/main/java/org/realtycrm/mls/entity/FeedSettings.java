package org.realtycrm.mls.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What an administrator configures for a feed. The client secret is never part of it: {@code secretRef} names the
 * configuration entry (a MicroProfile Config key or a Payara password alias) that holds it, so the database and the
 * screens never see the secret. {@code options} are the protocol's own settings ({@link FeedOptions}): for RETS the
 * searched class and the MLS's names of the fields replication needs.
 */
public record FeedSettings(String name, FeedKind kind, String baseUrl, String tokenUrl, String clientId,
        String secretRef, int cadenceSeconds, int requestsPerSecond, int requestsPerHour, int pageSize,
        String selectList, Map<String, String> options) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_CLIENT_ID_LENGTH = 255;
    public static final int MAX_SECRET_REF_LENGTH = 255;
    public static final int MAX_SELECT_LENGTH = 4000;
    public static final int MIN_CADENCE_SECONDS = 60;
    public static final int MAX_REQUESTS_PER_SECOND = 100;
    public static final int MAX_REQUESTS_PER_HOUR = 1_000_000;
    /** The largest $top the providers allow (MLS Grid: 5,000). */
    public static final int MAX_PAGE_SIZE = 5000;

    /**
     * Feed secrets are read only from entries under this name: an administrator of the application must not be
     * able to send any other configuration value (the database password, a cloud key) to a server of their choice.
     */
    public static final String SECRET_PREFIX = "crm.mls.secret.";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern CONFIG_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public FeedSettings {
        name = required("name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(kind, "kind");
        baseUrl = url("baseUrl", required("baseUrl", baseUrl, MAX_URL_LENGTH));
        tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? null : url("tokenUrl", required("tokenUrl", tokenUrl,
                MAX_URL_LENGTH));
        clientId = optional("clientId", clientId, MAX_CLIENT_ID_LENGTH);
        secretRef = optional("secretRef", secretRef, MAX_SECRET_REF_LENGTH);
        if (secretRef != null && !(secretRef.startsWith(SECRET_PREFIX) && CONFIG_NAME.matcher(secretRef).matches())) {
            throw new InvalidInputException("secretRef", "names the configuration entry that holds the secret, "
                    + SECRET_PREFIX + "<name> (letters, digits, '.', '_', '-'), not the secret");
        }
        between("cadenceSeconds", cadenceSeconds, MIN_CADENCE_SECONDS, Integer.MAX_VALUE);
        between("requestsPerSecond", requestsPerSecond, 1, MAX_REQUESTS_PER_SECOND);
        between("requestsPerHour", requestsPerHour, 1, MAX_REQUESTS_PER_HOUR);
        between("pageSize", pageSize, 1, MAX_PAGE_SIZE);
        selectList = select(selectList);
        options = FeedOptions.checked(kind, options);
    }

    /** A feed without protocol options (a RESO Web API feed on the defaults). */
    public FeedSettings(String name, FeedKind kind, String baseUrl, String tokenUrl, String clientId, String secretRef,
            int cadenceSeconds, int requestsPerSecond, int requestsPerHour, int pageSize, String selectList) {
        this(name, kind, baseUrl, tokenUrl, clientId, secretRef, cadenceSeconds, requestsPerSecond, requestsPerHour,
                pageSize, selectList, Map.of());
    }

    private static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, "is required");
        }
        return text;
    }

    private static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "is longer than " + maxLength + " characters");
        }
        return text;
    }

    private static String url(String field, String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new InvalidInputException(field, "must be an http(s) address");
            }
            if (uri.getRawUserInfo() != null) {
                throw new InvalidInputException(field, "must not carry a user name or password: use clientId and secretRef");
            }
            // the feed's secret travels to this address: in the clear only to a server on this machine
            if ("http".equalsIgnoreCase(uri.getScheme()) && !LOCAL_HOSTS.contains(uri.getHost().toLowerCase())) {
                throw new InvalidInputException(field, "must be an https address (http only to localhost)");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "must be an http(s) address");
        }
    }

    private static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be between " + min + " and " + max);
        }
    }

    /** The $select list normalised to "A,B,C"; null (every field) when blank. */
    private static String select(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!FIELD_NAME.matcher(name).matches()) {
                throw new InvalidInputException("selectList", "'" + name + "' is not a field name");
            }
            names.add(name);
        }
        String normalised = String.join(",", names);
        if (normalised.length() > MAX_SELECT_LENGTH) {
            throw new InvalidInputException("selectList", "is longer than " + MAX_SELECT_LENGTH + " characters");
        }
        return normalised.isEmpty() ? null : normalised;
    }
}
