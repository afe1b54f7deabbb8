package org.realtycrm.lead.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;
import org.realtycrm.platform.sealing.BlindIndex;
import org.realtycrm.platform.sealing.SealedText;

/**
 * A person who may buy, sell or invest, and what the brokerage knows about them. The lead keeps its own rules:
 * it needs a name and a way to reach them, its status only moves along legal transitions, and only someone
 * allowed to own leads can be assigned to it.
 */
@Entity
@Table(name = "leads")
public class Lead extends Tracked {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_SOURCE_LENGTH = 64;
    public static final int MAX_NOTES_LENGTH = 10_000;
    public static final int MAX_PHONES = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = MAX_NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", length = MAX_NAME_LENGTH)
    private String lastName;

    /** Sealed in the database ({@link SealedText}): contact data is encrypted at rest. */
    @Convert(converter = SealedText.class)
    @Column(columnDefinition = "text")
    private String email;

    /**
     * The email again, stored as its blind index: what the unique index and the exact lookups (duplicates, search
     * by full address) compare. Set with the email; never read (see {@link BlindIndex}).
     */
    @Convert(converter = BlindIndex.Email.class)
    @Column(name = "email_index", length = 43)
    private String emailIndex;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lead_phones", joinColumns = @JoinColumn(name = "lead_id"))
    private List<LeadPhone> phones = new ArrayList<>();

    @Column(nullable = false, length = MAX_SOURCE_LENGTH)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadStatus status = LeadStatus.NEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Temperature temperature = Temperature.WARM;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_agent_id")
    private User assignedAgent;

    @Column(name = "next_follow_up_at")
    private Instant nextFollowUpAt;

    @Convert(converter = SealedText.class)
    @Column(columnDefinition = "text")
    private String notes;

    /** When the lead first left NEW; {@code null} while it is NEW, and for leads that arrived in a later status. */
    @Column(name = "first_contacted_at")
    private Instant firstContactedAt;

    /**
     * Lower-cased name for the free-text search (trigram index). Email and phones are sealed, so they are not in
     * it: a search for a full address or number goes through their blind indexes instead.
     */
    @Column(name = "search_text", nullable = false, columnDefinition = "text")
    private String searchText = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id", updatable = false)
    private User createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_type", length = 10)
    private LeadType leadType;

    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Column(length = LeadProfile.MAX_CITY_LENGTH)
    private String city;

    @Column(precision = 14, scale = 2)
    private BigDecimal price;

    @Column(length = 3)
    private String language;

    /** The pond it waits in for an agent to claim it; {@code null} once it has an agent (never both). */
    @Column(name = "pond_id")
    private Long pondId;

    /** The routing rule that placed it, if one did: where it goes next when it is not contacted in time. */
    @Column(name = "routing_rule_id")
    private Long routingRuleId;

    /** When its current agent got it: what counts as contact is counted from here. */
    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** By when its agent must contact it, else it moves on (speed to lead); {@code null} when no clock runs. */
    @Column(name = "contact_due_at")
    private Instant contactDueAt;

    /** How often it moved on for not being contacted in time. */
    @Column(nullable = false)
    private int handoffs;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Lead() {
        // for JPA
    }

    public Lead(ContactDetails contact, String source, User createdBy) {
        changeContact(contact);
        changeSource(source);
        this.createdBy = createdBy;
    }

    /** Replaces name, email and phones together, so the "name and a way to reach them" rule holds after each change. */
    public void changeContact(ContactDetails contact) {
        Objects.requireNonNull(contact, "contact");
        // checked in full before anything is assigned, so that a refused change leaves the lead as it was
        String newFirstName = requireText("firstName", contact.firstName(), MAX_NAME_LENGTH);
        String newLastName = optionalText("lastName", contact.lastName(), MAX_NAME_LENGTH);
        String newEmail = EmailAddress.normalize("email", contact.email());
        List<Phone> newPhones = contact.phones() == null ? List.of() : contact.phones();
        if (newPhones.size() > MAX_PHONES) {
            throw new InvalidInputException("phones", "at most " + MAX_PHONES + " phone numbers");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < newPhones.size(); i++) {
            if (!seen.add(newPhones.get(i).number())) {
                throw new InvalidInputException("phones[" + i + "].number", "is listed twice");
            }
        }
        if (newEmail == null && newPhones.isEmpty()) {
            throw new InvalidInputException("email", "a lead needs an email or at least one phone number");
        }
        this.firstName = newFirstName;
        this.lastName = newLastName;
        if (!Objects.equals(newEmail, email)) {
            // the index only with a new address: setting it to the same one would make the lead dirty (see BlindIndex)
            this.email = newEmail;
            this.emailIndex = newEmail;
        }
        if (!newPhones.equals(getPhones())) {
            // a new list makes Hibernate rewrite the rows wholesale
            List<LeadPhone> rows = new ArrayList<>();
            for (int i = 0; i < newPhones.size(); i++) {
                rows.add(new LeadPhone(i, newPhones.get(i)));
            }
            this.phones = rows;
        }
        refreshSearchText();
    }

    public void changeSource(String newSource) {
        this.source = requireText("source", newSource, MAX_SOURCE_LENGTH);
    }

    /** The status a new lead arrives in (an imported lead may already be CONTACTED); later changes use moveTo. */
    public void startIn(LeadStatus initial) {
        if (id != null) {
            throw new IllegalStateException("lead " + id + " exists already: use moveTo");
        }
        this.status = Objects.requireNonNull(initial, "status");
    }

    /** @throws RuleViolationException when the lead's current status does not lead to {@code target} */
    public void moveTo(LeadStatus target) {
        move(target, Instant.now());
    }

    /**
     * For a lead that stands for history rather than news (synthetic demo data): it arrived at {@code when}, not
     * when it is stored. Only before the lead is stored, and before its {@link #moveTo(LeadStatus, Instant)
     * historic status changes}. Never in the future.
     */
    public void arrivedAt(Instant when) {
        requireNotStored();
        if (firstContactedAt != null) {
            throw new IllegalStateException("say when the lead arrived before what happened to it since");
        }
        createdInThePast(when);
    }

    /**
     * {@link #moveTo(LeadStatus)} as it happened at {@code when}, for a lead that {@link #arrivedAt arrived in the
     * past} and is not stored yet: its first move out of NEW is its first contact at {@code when}. The moments
     * follow each other: never before the arrival or the previous change, never in the future. Every change made
     * now uses {@link #moveTo(LeadStatus)}.
     *
     * @throws RuleViolationException when the lead's current status does not lead to {@code target}
     */
    public void moveTo(LeadStatus target, Instant when) {
        requireNotStored();
        Objects.requireNonNull(when, "when");
        if (getCreatedAt() == null) {
            throw new IllegalStateException("a historic status change needs the lead's arrival (arrivedAt) first");
        }
        // checked before anything changes, so that a refused change leaves the lead as it was
        if (when.isBefore(getUpdatedAt())) {
            throw new IllegalArgumentException("status change at " + when + ", before the lead's previous change at "
                    + getUpdatedAt());
        }
        if (when.isAfter(Instant.now())) {
            throw new IllegalArgumentException("status change at " + when + " is in the future");
        }
        if (move(target, when)) {
            changedInThePast(when);
        }
    }

    /** @return whether the status changed */
    private boolean move(LeadStatus target, Instant when) {
        Objects.requireNonNull(target, "status");
        if (target == status) {
            return false;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransitionException(status, target);
        }
        if (status == LeadStatus.NEW && firstContactedAt == null) {
            // the dashboard's speed to first contact: the first time anyone moves the lead on from NEW
            firstContactedAt = when;
        }
        this.status = target;
        return true;
    }

    private void requireNotStored() {
        if (id != null) {
            throw new IllegalStateException("lead " + id + " is stored: its history is what happened to it since");
        }
    }

    public void changeTemperature(Temperature newTemperature) {
        this.temperature = Objects.requireNonNull(newTemperature, "temperature");
    }

    public void scheduleFollowUp(Instant when) {
        this.nextFollowUpAt = when;
    }

    public void changeNotes(String newNotes) {
        this.notes = optionalText("notes", newNotes, MAX_NOTES_LENGTH);
    }

    /**
     * Gives the lead to an agent by hand (or as its maker's own): out of any pond, with no speed-to-lead clock.
     *
     * @throws RuleViolationException when the user is inactive or cannot own leads (a client, say)
     */
    public void assignTo(User agent) {
        Objects.requireNonNull(agent, "agent");
        if (!agent.canOwnLeads()) {
            throw new RuleViolationException("user " + agent.getId() + " cannot be assigned leads (inactive or "
                    + agent.getRole() + ")");
        }
        this.assignedAgent = agent;
        this.assignedAt = Instant.now();
        this.pondId = null;
        this.contactDueAt = null;
    }

    /**
     * Gives the lead to the agent routing chose, who must contact it by {@code contactDue} (no clock when
     * {@code null}).
     *
     * @param ruleId the rule that chose them; {@code null} for the default round robin
     */
    public void routeTo(User agent, Long ruleId, Instant now, Instant contactDue) {
        assignTo(agent);
        this.assignedAt = Objects.requireNonNull(now, "now");
        this.routingRuleId = ruleId;
        this.contactDueAt = contactDue;
    }

    /** Puts the lead in a pond, where no agent owns it until one claims it. */
    public void putInPond(long pond, Long ruleId) {
        this.assignedAgent = null;
        this.assignedAt = null;
        this.pondId = pond;
        this.routingRuleId = ruleId;
        this.contactDueAt = null;
    }

    /** Counts one move for not being contacted in time (the next owner is set by {@link #routeTo}/{@link #putInPond}). */
    public void countHandoff() {
        this.handoffs++;
    }

    /** The lead's agent contacted it: the speed-to-lead clock stops. */
    public void stopContactClock() {
        this.contactDueAt = null;
    }

    /** What the lead wants, which routing reads. */
    public void changeProfile(LeadProfile profile) {
        LeadProfile given = profile == null ? LeadProfile.NONE : profile;
        this.leadType = given.type();
        this.postalCode = given.postalCode();
        this.city = given.city();
        this.price = given.price();
        this.language = given.language();
    }

    public LeadProfile profile() {
        return new LeadProfile(leadType, postalCode, city, price, language);
    }

    public void delete(Instant when) {
        if (deletedAt == null) {
            this.deletedAt = Objects.requireNonNull(when, "when");
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isAssignedTo(long userId) {
        return assignedAgent != null && assignedAgent.getId() == userId;
    }

    /** The fields the audit trail compares before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("firstName", firstName);
        state.put("lastName", lastName);
        state.put("email", email);
        state.put("phones", getPhones().stream().map(Phone::toString).collect(Collectors.joining(", ")));
        state.put("source", source);
        state.put("status", status);
        state.put("temperature", temperature);
        state.put("assignedTo", assignedAgent == null ? null : assignedAgent.getName() + " (" + assignedAgent.getId() + ")");
        state.put("nextFollowUpAt", nextFollowUpAt);
        state.put("leadType", leadType);
        state.put("postalCode", postalCode);
        state.put("city", city);
        state.put("price", price == null ? null : price.toPlainString());
        state.put("language", language);
        state.put("pondId", pondId);
        state.put("notes", notes);
        state.put("deletedAt", deletedAt);
        return state;
    }

    private void refreshSearchText() {
        StringBuilder text = new StringBuilder(firstName);
        if (lastName != null) {
            text.append(' ').append(lastName);
        }
        this.searchText = text.toString().toLowerCase(Locale.ROOT);
    }

    private static String requireText(String field, String value, int maxLength) {
        String text = optionalText(field, value, maxLength);
        if (text == null) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return text;
    }

    private static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Long getPondId() {
        return pondId;
    }

    public Long getRoutingRuleId() {
        return routingRuleId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getContactDueAt() {
        return contactDueAt;
    }

    public int getHandoffs() {
        return handoffs;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** First and last name, as people are addressed in lists, timelines and notifications. */
    public String fullName() {
        return fullName(firstName, lastName);
    }

    /** A lead's name as everywhere shown: the first name, then the last when there is one. */
    public static String fullName(String firstName, String lastName) {
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public List<Phone> getPhones() {
        return phones.stream().sorted(Comparator.comparingInt(LeadPhone::position)).map(LeadPhone::toPhone).toList();
    }

    /** The number a text goes to when none is named: the lead's first mobile number, else their first number. */
    public Optional<String> numberToText() {
        List<Phone> all = getPhones();
        return all.stream().filter(phone -> phone.type() == PhoneType.MOBILE).findFirst()
                .or(() -> all.stream().findFirst()).map(Phone::number);
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

    public User getAssignedAgent() {
        return assignedAgent;
    }

    public Instant getNextFollowUpAt() {
        return nextFollowUpAt;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getFirstContactedAt() {
        return firstContactedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    /** What the free-text search matches; an import stores it with the lead without building the entity twice. */
    public String getSearchText() {
        return searchText;
    }

}
