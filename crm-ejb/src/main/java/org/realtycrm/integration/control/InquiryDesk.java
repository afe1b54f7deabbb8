package org.realtycrm.integration.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.Activity;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.integration.entity.Inquiry;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.lead.control.LeadDrafts;
import org.realtycrm.lead.control.NewLeads;
import org.realtycrm.lead.control.OnePersonAtATime;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.notification.control.LeadAssignedNotices;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.control.LeadPropertyLinks;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.Property;
import org.realtycrm.property.entity.PropertyRepository;
import org.realtycrm.property.entity.PropertyVisibility;

/**
 * Takes an inquiry in: someone not yet known becomes a lead, checked by the rules of every lead and routed like
 * every other; someone known (the same email, or the same phone) keeps their lead, which gains the inquiry on its
 * timeline and tells its agent. Either way the inquiry is on the lead's timeline, and the MLS listing it was about is
 * linked to the lead. The system is the actor: no user sent it.
 */
@ApplicationScoped
public class InquiryDesk {

    /** The lead the inquiry went to, and whether it was made for it. */
    public record Outcome(long leadId, boolean created) {
    }

    @Inject
    LeadRepository leads;

    @Inject
    NewLeads newLeads;

    @Inject
    LeadDrafts drafts;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    PropertyRepository properties;

    @Inject
    LeadPropertyLinks linking;

    @Inject
    OnePersonAtATime onePersonAtATime;

    public Outcome take(IntakeSource source, Inquiry inquiry) {
        List<LeadDraft.PhoneInput> phones = inquiry.phone() == null || inquiry.phone().isBlank() ? List.of()
                : List.of(new LeadDraft.PhoneInput(inquiry.phone(), PhoneType.MOBILE));
        // the same rules as every lead: a name, an email or a phone, each well-formed
        Lead candidate;
        try {
            candidate = drafts.newLead(new LeadDraft(inquiry.firstName(), inquiry.lastName(), inquiry.email(), phones,
                    source.getLeadSource(), null, null, null, null, null, inquiry.profile()), null);
        } catch (InvalidInputException refused) {
            throw inTheInquirysWords(refused);
        }
        // only what the public sees: an off-MLS property is an agent's own, and not for a sender to name
        Optional<Property> listing = Optional.ofNullable(inquiry.propertyId())
                .map(id -> properties.find(id, PropertyVisibility.publicListings())
                        .orElseThrow(() -> new InvalidInputException("propertyId", "no MLS listing has this id")));
        listing.ifPresent(home -> candidate.changeProfile(askedAbout(inquiry.profile(), home)));
        onePersonAtATime.lock(candidate);
        String what = inquiry.kind().words() + " from " + source.getName();

        Optional<Lead> known = known(candidate);
        Lead lead = known.orElseGet(() -> store(candidate, source, what));
        Activity entry = activities.record(null, SubjectType.LEAD, lead.getId(), ActivityAction.INQUIRY_RECEIVED,
                "Inquiry: " + what, FieldChanges.created(details(inquiry, candidate, source)));
        listing.ifPresent(property -> linking.link(lead.getId(), property, LeadPropertyRelation.INTERESTED_IN, null));
        User agent = lead.getAssignedAgent();
        if (known.isPresent() && agent != null) {
            notices.announceInquiry(lead, agent.getId(), entry.getId(), what);
        }
        return new Outcome(lead.getId(), known.isEmpty());
    }

    /**
     * Someone who asks about a listing is, unless the sender said otherwise, a buyer of a home like it: where it is
     * and what it costs, which the routing rules can read.
     */
    private static LeadProfile askedAbout(LeadProfile given, Property home) {
        return new LeadProfile(given.type() == null ? LeadType.BUYER : given.type(),
                given.postalCode() == null ? home.getPostalCode() : given.postalCode(),
                given.city() == null ? home.getCity() : given.city(),
                given.price() == null ? home.getListPrice() : given.price(), given.language());
    }

    /** A lead's "phones[0].number" is the inquiry's "phone". */
    private static InvalidInputException inTheInquirysWords(InvalidInputException refused) {
        return new InvalidInputException(refused.errors().stream()
                .map(error -> error.field().startsWith("phones") ? new FieldError("phone", error.message()) : error)
                .toList());
    }

    private Optional<Lead> known(Lead candidate) {
        if (candidate.getEmail() != null) {
            Optional<Lead> byEmail = leads.findLiveByEmail(candidate.getEmail(), null);
            if (byEmail.isPresent()) {
                return byEmail;
            }
        }
        List<String> numbers = candidate.getPhones().stream().map(Phone::number).toList();
        return leads.findLiveByPhone(numbers, null).map(LeadRepository.PhoneMatch::lead);
    }

    private Lead store(Lead lead, IntakeSource source, String what) {
        newLeads.storeInbound(lead, "Created from " + source.getName() + " (" + what + ")", what);
        return lead;
    }

    /**
     * What the timeline keeps of the inquiry, with the contact details as given (normalised): a known lead's agent
     * sees a new email or phone there. Email, phones and message are sealed in the audit trail.
     */
    private static Map<String, Object> details(Inquiry inquiry, Lead asked, IntakeSource source) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", inquiry.kind().name());
        details.put("source", source.getName());
        details.put("email", asked.getEmail());
        details.put("phones", asked.getPhones().isEmpty() ? null : asked.getPhones().get(0).number());
        details.put("message", inquiry.message());
        details.put("propertyId", inquiry.propertyId());
        details.put("pageUrl", inquiry.pageUrl());
        details.values().removeIf(Objects::isNull);
        return details;
    }
}
