package org.realtycrm.lead.rest;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead as the rule test imagines it: where it came from and what it wants. */
@Schema(name = "SampleLead", example = """
        {"source": "Zillow", "leadType": "BUYER", "postalCode": "78704", "city": "Austin", "price": 450000,
         "language": "es"}""")
public class SampleLeadRequest {

    public String source;

    @Schema(enumeration = {"BUYER", "SELLER", "INVESTOR"})
    public String leadType;

    public String postalCode;

    public String city;

    public BigDecimal price;

    public String language;
}
