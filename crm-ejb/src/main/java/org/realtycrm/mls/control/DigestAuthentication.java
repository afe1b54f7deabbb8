package org.realtycrm.mls.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * HTTP Digest access authentication (RFC 7616, and RFC 2617 which it replaces) for one user: the JDK's
 * {@code HttpClient} only does Basic. A server's {@code WWW-Authenticate: Digest …} challenge is kept
 * ({@link #challenged}); every later request carries {@link #authorization} with {@code qop=auth}, a fresh
 * {@code cnonce} and the next {@code nc}, so the login's nonce serves the session until the server calls it stale.
 * Algorithms MD5 and SHA-256, each also as {@code -sess}; a challenge without {@code qop} is answered the RFC 2069
 * way. The password appears in no {@code toString()} and no exception message.
 */
final class DigestAuthentication {

    /** One {@code Digest} challenge. {@code qop} is empty when the server named none (RFC 2069). */
    record Challenge(String realm, String nonce, Optional<String> opaque, String algorithm, Optional<String> qop,
                     boolean stale) {
    }

    private final String username;
    private final String password;
    private final Supplier<String> cnonces;
    private Challenge challenge;
    private int nonceCount;

    DigestAuthentication(String username, String password) {
        this(username, password, DigestAuthentication::randomCnonce);
    }

    DigestAuthentication(String username, String password, Supplier<String> cnonces) {
        this.username = Objects.requireNonNull(username);
        this.password = Objects.requireNonNull(password);
        this.cnonces = cnonces;
    }

    /**
     * The {@code Digest} challenge among a response's {@code WWW-Authenticate} values, if any.
     *
     * @throws IllegalArgumentException a Digest challenge without realm or nonce, or of an algorithm not supported
     */
    static Optional<Challenge> challenge(List<String> wwwAuthenticate) {
        for (String value : wwwAuthenticate) {
            String trimmed = value.trim();
            if (trimmed.regionMatches(true, 0, "Digest ", 0, 7)) {
                return Optional.of(parse(trimmed.substring(7)));
            }
        }
        return Optional.empty();
    }

    private static Challenge parse(String parameters) {
        Map<String, String> p = parameters(parameters);
        String realm = p.get("realm");
        String nonce = p.get("nonce");
        if (realm == null || nonce == null) {
            throw new IllegalArgumentException("a Digest challenge without realm or nonce");
        }
        String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        if (!List.of("MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS").contains(algorithm)) {
            throw new IllegalArgumentException("Digest algorithm " + algorithm + " is not supported");
        }
        Optional<String> qop = Optional.ofNullable(p.get("qop")).map(offered -> {
            for (String option : offered.split(",")) {
                if (option.trim().equalsIgnoreCase("auth")) {
                    return "auth";
                }
            }
            throw new IllegalArgumentException("the server offers qop=" + offered + ", not auth");
        });
        return new Challenge(realm, nonce, Optional.ofNullable(p.get("opaque")), algorithm, qop,
                "true".equalsIgnoreCase(p.get("stale")));
    }

    /** {@code name=token} and {@code name="quoted \" string"} pairs, separated by commas. */
    static Map<String, String> parameters(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ',') {
                i++;
            }
            String name = text.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            if (i >= n || text.charAt(i) == ',') {
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ',') {
                    value.append(text.charAt(i++));
                }
            }
            if (!name.isEmpty()) {
                parameters.put(name, value.toString().trim());
            }
        }
        return parameters;
    }

    /** Keeps the server's (new) challenge; the nonce count starts again. */
    synchronized void challenged(Challenge challenge) {
        this.challenge = Objects.requireNonNull(challenge);
        this.nonceCount = 0;
    }

    synchronized boolean hasChallenge() {
        return challenge != null;
    }

    /** The {@code Authorization} value for the next request, under the challenge held. */
    synchronized String authorization(String method, String uri) {
        if (challenge == null) {
            throw new IllegalStateException("no Digest challenge yet");
        }
        return authorization(challenge, method, uri, ++nonceCount, cnonces.get());
    }

    /** The {@code Authorization} value for one request: RFC 7616 §3.4. */
    String authorization(Challenge c, String method, String uri, int nc, String cnonce) {
        String algorithm = c.algorithm();
        String hashName = algorithm.startsWith("SHA-256") ? "SHA-256" : "MD5";
        String ha1 = hex(hashName, username + ":" + c.realm() + ":" + password);
        if (algorithm.endsWith("-SESS")) {
            ha1 = hex(hashName, ha1 + ":" + c.nonce() + ":" + cnonce);
        }
        String ha2 = hex(hashName, method + ":" + uri);
        String ncValue = String.format("%08x", nc);
        String response = c.qop().isPresent()
                ? hex(hashName, ha1 + ":" + c.nonce() + ":" + ncValue + ":" + cnonce + ":auth:" + ha2)
                : hex(hashName, ha1 + ":" + c.nonce() + ":" + ha2);
        StringBuilder header = new StringBuilder("Digest username=").append(quoted(username))
                .append(", realm=").append(quoted(c.realm()))
                .append(", nonce=").append(quoted(c.nonce()))
                .append(", uri=").append(quoted(uri))
                .append(", algorithm=").append(algorithm.replace("-SESS", "-sess"));
        if (c.qop().isPresent()) {
            header.append(", qop=auth, nc=").append(ncValue).append(", cnonce=").append(quoted(cnonce));
        }
        header.append(", response=").append(quoted(response));
        c.opaque().ifPresent(opaque -> header.append(", opaque=").append(quoted(opaque)));
        return header.toString();
    }

    static String md5Hex(String text) {
        return hex("MD5", text);
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static String randomCnonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "DigestAuthentication[" + username + ", ***]";
    }
}
