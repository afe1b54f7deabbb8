package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadProfile;

/** A lead waiting in a pond as its members see it before claiming: who, from where, what they want, since when. */
public final class WaitingLead implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String source;
    private final String wants;
    private final String city;
    private final BigDecimal price;
    /** When the lead arrived: the leads of a pond wait oldest first. */
    private final Instant since;

    private WaitingLead(Lead lead) {
        LeadProfile profile = lead.profile();
        id = lead.getId();
        name = lead.fullName();
        source = lead.getSource();
        wants = profile.type() == null ? "" : profile.type().name().toLowerCase(Locale.ROOT);
        city = profile.city() == null ? "" : profile.city();
        price = profile.price();
        since = lead.getCreatedAt();
    }

    static WaitingLead of(Lead lead) {
        return new WaitingLead(lead);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSource() {
        return source;
    }

    /** "buyer", "seller", "investor", or empty when not known. */
    public String getWants() {
        return wants;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public Instant getSince() {
        return since;
    }
}
