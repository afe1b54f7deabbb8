package org.realtycrm.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A JSON Web Token taken apart (header, payload, signature), and put back together with another signature. */
public record Jwt(JsonObject header, JsonObject payload, String signature) {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** @throws IllegalArgumentException when the token is not three base64url parts of which two are JSON */
    public static Jwt parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a JWT has 3 parts, this has " + parts.length + ": " + token);
        }
        return new Jwt(json(parts[0]), json(parts[1]), parts[2]);
    }

    /** The same header and claims, signed RS256 with this key. */
    public String signedWith(PrivateKey key) {
        String signingInput = encode(header) + "." + encode(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and claims as they are, with the original signature (valid only if nothing was changed). */
    public String withOriginalSignature() {
        return encode(header) + "." + encode(payload) + "." + signature;
    }

    public Jwt withHeader(JsonObject newHeader) {
        return new Jwt(newHeader, payload, signature);
    }

    public Jwt withPayload(JsonObject newPayload) {
        return new Jwt(header, newPayload, signature);
    }

    /** A PKCS#8 PEM private key, as {@code openssl genpkey} writes it. */
    public static PrivateKey readPrivateKey(Path pem) {
        try {
            String base64 = Files.readString(pem)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT signing key " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PKCS#8 RSA key: " + pem, e);
        }
    }

    /** A key the server has never seen. */
    public static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(JsonObject json) {
        return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String base64url) {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(DECODER.decode(base64url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
