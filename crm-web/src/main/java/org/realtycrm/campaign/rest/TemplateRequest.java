package org.realtycrm.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's email or text template as written. */
@Schema(name = "Template", example = "{\"channel\": \"EMAIL\", \"name\": \"Just listed\", \"subject\": \"{{firstName}}, "
        + "a home you may like\", \"subjectB\": \"New on the market near you\", \"body\": \"Hi {{firstName|there}},\\n\\n"
        + "...\\n\\n{{agentName}}\"}")
public class TemplateRequest {

    @Schema(enumeration = {"EMAIL", "SMS"}, description = "Fixed once created")
    public String channel;

    public String name;

    @Schema(description = "EMAIL only, required")
    public String subject;

    @Schema(description = "EMAIL only: a second subject; half of the leads get each (A/B)")
    public String subjectB;

    @Schema(description = "Merge fields: {{firstName}}, {{lastName}}, {{fullName}}, {{agentName}}, {{agentEmail}}, "
            + "{{brokerage}}; {{firstName|there}} gives a fallback")
    public String body;

    @Schema(description = "When changing: the version read")
    public Long version;
}
