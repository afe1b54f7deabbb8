package org.realtycrm.integration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an inbound delivery, for the API's description only: the boundary reads the signed bytes itself. */
@Schema(name = "Inquiry", example = "{\"kind\": \"SHOWING\", \"firstName\": \"Ana\", \"lastName\": \"Lopez\", "
        + "\"email\": \"ana@example.com\", \"phone\": \"(415) 555-0132\", \"message\": \"Saturday morning?\", "
        + "\"propertyId\": 12, \"pageUrl\": \"https://www.example-realty.com/homes/austin/12-main-st-12\"}")
public record InquiryJson(
        @Schema(required = true, enumeration = {"CONTACT", "SHOWING", "HOME_VALUE", "SIGN_UP"}) String kind,
        @Schema(description = "required, as for every lead") String firstName,
        String lastName,
        @Schema(description = "an email or a phone is required") String email,
        @Schema(description = "as typed; read in the configured region unless it has a country code") String phone,
        @Schema(maxLength = 4000) String message,
        @Schema(description = "our id of the listing it is about") Long propertyId,
        @Schema(maxLength = 2000, description = "the page it was sent from, http(s)") String pageUrl) {
}
