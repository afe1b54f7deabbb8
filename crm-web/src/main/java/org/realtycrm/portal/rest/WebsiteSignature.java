package org.realtycrm.portal.rest;

import jakarta.ws.rs.HeaderParam;

import org.realtycrm.portal.boundary.SignedCall;

/**
 * The headers the website signs its calls with, as for inbound leads: {@code X-Intake-Key} (the website's intake
 * source), {@code X-Intake-Timestamp} (Unix seconds) and {@code X-Intake-Signature} ({@code sha256=<hex of
 * HMAC-SHA256 of "<timestamp>.<body>">}). Described in the operations' text rather than by {@code @Parameter} on
 * these fields: Payara's OpenAPI generator cannot place a parameter annotated on a bean parameter's field.
 */
public class WebsiteSignature {

    @HeaderParam("X-Intake-Key")
    String key;

    @HeaderParam("X-Intake-Timestamp")
    String timestamp;

    @HeaderParam("X-Intake-Signature")
    String signature;

    SignedCall over(byte[] body) {
        return new SignedCall(key, timestamp, signature, body);
    }
}
