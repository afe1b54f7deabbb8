package org.realtycrm.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list's audience export (META, GOOGLE or MAILCHIMP) run with a campaign. */
@Schema(name = "CampaignAudience", example = "{\"exportId\": 12}")
public class AudienceRequest {

    public Long exportId;
}
