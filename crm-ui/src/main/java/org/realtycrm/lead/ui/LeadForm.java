package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadProfile;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Phone;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;

/**
 * The editable fields of a lead as the form holds them between requests; becomes a {@link LeadDraft} for the
 * boundary, which applies the lead's own rules. The follow-up time is in the brokerage's zone.
 */
public final class LeadForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One phone line of the form. */
    public static final class PhoneField implements Serializable {

        private static final long serialVersionUID = 1L;
        private String number;
        private PhoneType type = PhoneType.MOBILE;

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public PhoneType getType() {
            return type;
        }

        public void setType(PhoneType type) {
            this.type = type;
        }
    }

    private String firstName;
    private String lastName;
    private String email;
    private List<PhoneField> phones = new ArrayList<>();
    private String source;
    private LeadStatus status;
    private Temperature temperature = Temperature.WARM;
    private LocalDateTime nextFollowUp;
    private String notes;
    /** What the lead wants, which routing reads: kept whole by the form so a save never loses it. */
    private LeadType leadType;
    private String postalCode;
    private String city;
    private BigDecimal price;
    private String language;
    /** Only on a new lead, and only an admin's choice; later changes go through assignment. */
    private Long assignedTo;

    static LeadForm blank() {
        LeadForm form = new LeadForm();
        form.phones.add(new PhoneField());
        return form;
    }

    static LeadForm of(Lead lead, Brokerage brokerage) {
        LeadForm form = new LeadForm();
        form.firstName = lead.getFirstName();
        form.lastName = lead.getLastName();
        form.email = lead.getEmail();
        for (Phone phone : lead.getPhones()) {
            PhoneField field = new PhoneField();
            field.number = phone.number();
            field.type = phone.type();
            form.phones.add(field);
        }
        form.source = lead.getSource();
        form.status = lead.getStatus();
        form.temperature = lead.getTemperature();
        form.nextFollowUp = brokerage.local(lead.getNextFollowUpAt());
        form.notes = lead.getNotes();
        LeadProfile profile = lead.profile();
        form.leadType = profile.type();
        form.postalCode = profile.postalCode();
        form.city = profile.city();
        form.price = profile.price();
        form.language = profile.language();
        return form;
    }

    /** Empty phone lines are the form's spare rows, not phones. */
    LeadDraft draft(Brokerage brokerage) {
        List<LeadDraft.PhoneInput> inputs = phones.stream()
                .filter(phone -> phone.number != null && !phone.number.isBlank())
                .map(phone -> new LeadDraft.PhoneInput(phone.number, phone.type))
                .toList();
        return new LeadDraft(firstName, lastName, email, inputs, source, status, temperature, assignedTo,
                brokerage.instant(nextFollowUp), notes, new LeadProfile(leadType, postalCode, city, price, language));
    }

    public void addPhone() {
        if (phones.size() < Lead.MAX_PHONES) {
            phones.add(new PhoneField());
        }
    }

    public void removePhone(PhoneField phone) {
        phones.remove(phone);
    }

    public boolean isMorePhonesAllowed() {
        return phones.size() < Lead.MAX_PHONES;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<PhoneField> getPhones() {
        return phones;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LeadStatus getStatus() {
        return status;
    }

    public void setStatus(LeadStatus status) {
        this.status = status;
    }

    public Temperature getTemperature() {
        return temperature;
    }

    public void setTemperature(Temperature temperature) {
        this.temperature = temperature;
    }

    public LocalDateTime getNextFollowUp() {
        return nextFollowUp;
    }

    public void setNextFollowUp(LocalDateTime nextFollowUp) {
        this.nextFollowUp = nextFollowUp;
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

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(Long assignedTo) {
        this.assignedTo = assignedTo;
    }
}
