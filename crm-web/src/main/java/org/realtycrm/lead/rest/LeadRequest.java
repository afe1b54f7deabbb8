package org.realtycrm.lead.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as sent to create one, or (with {@code version}) to replace its editable fields. */
@Schema(name = "LeadInput", example = """
        {"firstName": "Maria", "lastName": "Lopez", "email": "maria.lopez@example.com",
         "phones": [{"number": "(415) 555-0132", "type": "MOBILE"}], "source": "Zillow", "status": "NEW",
         "temperature": "HOT", "nextFollowUpAt": "2026-11-23T16:00:00Z", "notes": "Pre-approved, wants 3 bed"}""")
public class LeadRequest {

    @NotBlank
    @Size(max = 80)
    public String firstName;

    @Size(max = 80)
    public String lastName;

    @Size(max = 254)
    public String email;

    @Size(max = 5)
    public List<@Valid PhoneInput> phones;

    @NotBlank
    @Size(max = 64)
    public String source;

    @Schema(enumeration = {"NEW", "CONTACTED", "QUALIFIED", "UNDER_CONTRACT", "CLOSED", "NURTURE", "LOST"},
            defaultValue = "NEW")
    public String status;

    @Schema(enumeration = {"HOT", "WARM", "COLD"}, defaultValue = "WARM")
    public String temperature;

    @Schema(description = "On create only (ADMIN); omitted: routed by the routing rules. Agents always get their own "
            + "leads.")
    public Long assignedTo;

    public OffsetDateTime nextFollowUpAt;

    @Size(max = 10_000)
    public String notes;

    @Schema(enumeration = {"BUYER", "SELLER", "INVESTOR"}, description = "What the lead wants; routing reads it")
    public String leadType;

    @Schema(description = "Where: the postal code of the area wanted, or of the home to sell", example = "78701")
    public String postalCode;

    public String city;

    @Schema(description = "A buyer's budget or a seller's home's value, in dollars")
    public BigDecimal price;

    @Schema(description = "The language the lead prefers, ISO 639-1 (en, es, zh, …)")
    public String language;

    @Schema(description = "Required on PUT: the version you read")
    public Long version;
}
