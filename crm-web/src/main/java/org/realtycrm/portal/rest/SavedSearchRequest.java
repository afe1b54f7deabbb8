package org.realtycrm.portal.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search to save ({@code POST}), or what to change of one ({@code PATCH}: null fields stay as they are). */
@Schema(name = "SavedSearchRequest", example = "{\"name\": \"Austin, 3 beds\", \"criteria\": {\"city\": \"Austin\", "
        + "\"beds\": 3, \"maxPrice\": 500000}, \"frequency\": \"INSTANT\"}")
public class SavedSearchRequest {

    @Schema(description = "blank: the criteria in words")
    public String name;
    @Schema(description = "POST only")
    public CriteriaJson criteria;
    @Schema(enumeration = {"INSTANT", "DAILY", "OFF"}, description = "POST: INSTANT when absent")
    public String frequency;
}
