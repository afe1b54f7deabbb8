package org.realtycrm.portal.rest;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.realtycrm.portal.boundary.SignedCall;

/** The headers the website signs its calls with, as for inbound leads: the key, when, and the HMAC of the body. */
public class WebsiteSignature {

    @HeaderParam("X-Intake-Key")
    @Parameter(description = "the website's intake source's key", required = true,
            schema = @Schema(type = SchemaType.STRING))
    String key;

    @HeaderParam("X-Intake-Timestamp")
    @Parameter(description = "Unix seconds when it was signed", required = true,
            schema = @Schema(type = SchemaType.STRING))
    String timestamp;

    @HeaderParam("X-Intake-Signature")
    @Parameter(description = "sha256=<hex of HMAC-SHA256 of \"<timestamp>.<body>\">", required = true,
            schema = @Schema(type = SchemaType.STRING))
    String signature;

    SignedCall over(byte[] body) {
        return new SignedCall(key, timestamp, signature, body);
    }
}
