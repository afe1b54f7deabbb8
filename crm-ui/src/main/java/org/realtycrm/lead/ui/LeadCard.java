package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.property.ui.LeadListings;

/**
 * One lead as the disposition screen shows it: enough to decide in seconds (who, how to reach them and whether one
 * may call, where they came from, what the timeline says of them, which listings they are tied to), plus the version
 * that the next change is made against.
 */
public final class LeadCard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A phone and, when a Do-Not-Call list holds it, which lists, in words (the screens' EL reads getters). */
    public static final class PhoneLine implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String number;
        private final String type;
        private final String doNotCall;

        PhoneLine(String number, String type, String doNotCall) {
            this.number = number;
            this.type = type;
            this.doNotCall = doNotCall;
        }

        public String getNumber() {
            return number;
        }

        public String getType() {
            return type;
        }

        /** Null when the number may be called. */
        public String getDoNotCall() {
            return doNotCall;
        }
    }

    private final long id;
    private final long version;
    private final String name;
    private final String email;
    private final String source;
    private final LeadStatus status;
    private final Temperature temperature;
    private final String agentName;
    private final String arrived;
    private final List<PhoneLine> phones;
    private final List<TimelineEntry> recent;
    private final List<LeadListings.Row> properties;

    LeadCard(Lead lead, Function<String, CallVerdict> doNotCall, Brokerage brokerage, List<TimelineEntry> recent,
            List<LeadListings.Row> properties) {
        this.id = lead.getId();
        this.version = lead.getVersion();
        this.name = lead.fullName();
        this.email = lead.getEmail();
        this.source = lead.getSource();
        this.status = lead.getStatus();
        this.temperature = lead.getTemperature();
        this.agentName = lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getName();
        this.arrived = brokerage.format(lead.getCreatedAt());
        this.phones = lead.getPhones().stream()
                .map(phone -> new PhoneLine(phone.number(), phone.type().name(),
                        DoNotCallWords.listed(doNotCall.apply(phone.number()))))
                .toList();
        this.recent = List.copyOf(recent);
        this.properties = List.copyOf(properties);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getSource() {
        return source;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public Temperature getTemperature() {
        return temperature;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getArrived() {
        return arrived;
    }

    public List<PhoneLine> getPhones() {
        return phones;
    }

    public List<TimelineEntry> getRecent() {
        return recent;
    }

    public List<LeadListings.Row> getProperties() {
        return properties;
    }
}
