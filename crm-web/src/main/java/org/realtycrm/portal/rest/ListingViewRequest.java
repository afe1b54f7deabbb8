package org.realtycrm.portal.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListingView")
public class ListingViewRequest {

    @NotNull
    @Schema(description = "the listing's id (as in the website's addresses)")
    public Long listingId;
}
