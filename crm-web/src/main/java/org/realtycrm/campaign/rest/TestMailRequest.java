package org.realtycrm.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the test email goes; the address rules are the outbox's own (one place), reported as the field "to". */
@Schema(name = "TestMailRequest", example = "{\"to\": \"ops@brokerage.example\"}")
public class TestMailRequest {

    @Schema(description = "an email address, at most 254 characters", required = true)
    public String to;
}
