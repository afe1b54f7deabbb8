package org.realtycrm.lead.rest;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A routing rule as an admin writes it; an empty or missing list is a condition every lead meets. */
@Schema(name = "RoutingRuleRequest", example = """
        {"name": "Spanish-speaking buyers in Austin", "active": true, "sources": ["Zillow", "Website"],
         "postalPrefixes": ["787"], "cities": [], "leadTypes": ["BUYER"], "languages": ["es"],
         "priceMin": 250000, "priceMax": 750000, "target": "TEAM", "targetId": 3, "contactWithinMinutes": 5,
         "missPondId": 2}""")
public class RoutingRuleRequest {

    public String name;

    @Schema(defaultValue = "true")
    public Boolean active;

    @Schema(description = "Lead sources, matched without regard to case")
    public List<String> sources;

    @Schema(description = "Beginnings of postal codes: 787 holds for 78701 and 78746")
    public List<String> postalPrefixes;

    public List<String> cities;

    @Schema(description = "BUYER, SELLER, INVESTOR")
    public List<String> leadTypes;

    @Schema(description = "ISO 639-1 codes: en, es, …")
    public List<String> languages;

    public BigDecimal priceMin;

    public BigDecimal priceMax;

    @Schema(enumeration = {"AGENT", "TEAM", "POND"})
    public String target;

    @Schema(description = "The agent's, team's or pond's id")
    public Long targetId;

    @Schema(description = "Speed to lead: minutes the chosen agent has to contact the lead (1 to 10080); left out: "
            + "the system's default")
    public Integer contactWithinMinutes;

    @Schema(description = "Where a lead goes when not contacted in time; left out: the next in turn")
    public Long missPondId;

    @Schema(description = "Required on PUT: the version you read")
    public Long version;
}
