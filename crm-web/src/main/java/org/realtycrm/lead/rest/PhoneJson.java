package org.realtycrm.lead.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Phone", example = "{\"number\": \"+14155550132\", \"type\": \"MOBILE\"}")
public record PhoneJson(@Schema(description = "E.164") String number, String type) {
}
