package org.realtycrm.lead.ui;

import java.io.Serializable;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;

/**
 * One line of the leads list, with times already in the brokerage's zone. A class with getters, not a record:
 * Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class LeadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String email;
    private final String phone;
    private final LeadStatus status;
    private final Temperature temperature;
    private final String source;
    private final String agent;
    private final String nextFollowUp;
    private final String created;

    private LeadRow(Lead lead, Brokerage brokerage) {
        this.id = lead.getId();
        this.name = lead.fullName();
        this.email = lead.getEmail();
        this.phone = lead.getPhones().isEmpty() ? null : lead.getPhones().get(0).number();
        this.status = lead.getStatus();
        this.temperature = lead.getTemperature();
        this.source = lead.getSource();
        this.agent = lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getName();
        this.nextFollowUp = brokerage.format(lead.getNextFollowUpAt());
        this.created = brokerage.format(lead.getCreatedAt());
    }

    static LeadRow of(Lead lead, Brokerage brokerage) {
        return new LeadRow(lead, brokerage);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public Temperature getTemperature() {
        return temperature;
    }

    public String getSource() {
        return source;
    }

    public String getAgent() {
        return agent;
    }

    public String getNextFollowUp() {
        return nextFollowUp;
    }

    public String getCreated() {
        return created;
    }
}
