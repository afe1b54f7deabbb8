package org.realtycrm.property.control;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChange;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.property.entity.LeadProperty;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.LeadPropertyRepository;
import org.realtycrm.property.entity.Property;

/**
 * Links and unlinks a lead and a property, each change on the lead's timeline: the one place that says how, for an
 * agent's link on the screen or the API and for the system's (an inbound inquiry about a listing). Who may link which
 * lead and property is the caller's to check.
 */
@ApplicationScoped
public class LeadPropertyLinks {

    @Inject
    LeadPropertyRepository links;

    @Inject
    ActivityRecorder activities;

    /**
     * @param actor who links them; {@code null} for the system
     * @return whether the link is new (linking twice stores and records it once)
     */
    public boolean link(long leadId, Property property, LeadPropertyRelation relation, User actor) {
        boolean created = links.link(new LeadProperty(leadId, property.getId(), relation,
                actor == null ? null : actor.getId()));
        if (created) {
            record(actor, leadId, ActivityAction.PROPERTY_LINKED, "Linked to " + property.displayAddress() + " as "
                    + words(relation), new FieldChange(null, linkText(property, relation)));
        }
        return created;
    }

    /** @return whether there was such a link */
    public boolean unlink(long leadId, Property property, LeadPropertyRelation relation, User actor) {
        boolean removed = links.unlink(leadId, property.getId(), relation);
        if (removed) {
            record(actor, leadId, ActivityAction.PROPERTY_UNLINKED, "Unlinked from " + property.displayAddress()
                    + " (" + words(relation) + ")", new FieldChange(linkText(property, relation), null));
        }
        return removed;
    }

    private void record(User actor, long leadId, ActivityAction action, String summary, FieldChange change) {
        activities.record(actor, SubjectType.LEAD, leadId, action, summary, Map.of("property", change));
    }

    /** e.g. "property 12 (12 Elm Street, Austin) INTERESTED_IN", what the timeline's change shows. */
    private static String linkText(Property property, LeadPropertyRelation relation) {
        return "property " + property.getId() + " (" + property.displayAddress() + ") " + relation.name();
    }

    private static String words(LeadPropertyRelation relation) {
        return relation.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
