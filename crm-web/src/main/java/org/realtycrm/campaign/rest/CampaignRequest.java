package org.realtycrm.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's settings as written (its steps: PUT /campaigns/{id}/steps). */
@Schema(name = "Campaign", example = "{\"name\": \"New Zillow leads\", \"kind\": \"DRIP\", \"whenRefused\": \"HOLD\", "
        + "\"filterSource\": \"Zillow\"}")
public class CampaignRequest {

    public String name;

    @Schema(enumeration = {"ONE_OFF", "DRIP"}, description = "ONE_OFF: its audience enters at launch; DRIP: leads "
            + "enter by its rule as they arrive, or by hand. Fixed once created")
    public String kind;

    @Schema(enumeration = {"HOLD", "DROP"}, description = "A message the gate refuses for a while (calling hours, "
            + "the marketing cap): held until it may go, or dropped")
    public String whenRefused;

    @Schema(enumeration = {"NEW", "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED", "NURTURE", "LOST"},
            description = "Leads of this status (the audience, or the drip's rule)")
    public String filterStatus;

    @Schema(description = "Leads whose source begins with this (case-insensitive)")
    public String filterSource;

    @Schema(description = "ONE_OFF only: the leads of this list (pipeline pull)")
    public Long filterPullId;

    @Schema(description = "A lead who replies leaves (default true)")
    public Boolean exitOnReply;

    @Schema(description = "A lead whose status changes leaves (default true)")
    public Boolean exitOnStatusChange;

    @Schema(description = "When changing: the version read")
    public Long version;
}
