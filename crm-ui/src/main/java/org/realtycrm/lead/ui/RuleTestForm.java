package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;

import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;

/**
 * A sample lead as the rule test's inputs hold it: where it came from and what it wants, each part optional, as on a
 * real lead. The inputs carry {@link LeadProfile}'s field names, so that its refusals show next to them.
 */
public final class RuleTestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source;
    private LeadType leadType;
    private String postalCode;
    private String city;
    private BigDecimal price;
    private String language;

    /** @throws org.realtycrm.platform.problem.InvalidInputException when a part is not what a lead may hold */
    LeadFacts facts() {
        String from = source == null || source.isBlank() ? null : source.strip();
        return new LeadFacts(from, new LeadProfile(leadType, postalCode, city, price, language));
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LeadType getLeadType() {
        return leadType;
    }

    public void setLeadType(LeadType leadType) {
        this.leadType = leadType;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
