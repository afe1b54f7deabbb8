package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.Enrollment;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.ui.Choice;

/**
 * The leads in a campaign, on its page: putting leads in by hand (a lead chosen by name, or lead ids), the enrolments
 * newest first, a page at a time, and taking a lead out.
 */
@Named
@ViewScoped
public class CampaignEnrollments implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "putIn";
    static final int PAGE_SIZE = 25;

    @Inject
    CampaignScreen screen;

    @Inject
    Campaigns campaigns;

    @Inject
    Leads leads;

    @Inject
    Brokerage brokerage;

    private Choice lead;
    private String leadIds;
    private int page;
    private List<EnrollmentRow> rows;
    private long total;

    public List<EnrollmentRow> getRows() {
        if (rows == null) {
            Page<Campaigns.EnrolledLead> read = campaigns.enrollments(screen.getId(),
                    new PageRequest(page, PAGE_SIZE));
            total = read.total();
            rows = read.items().stream().map(this::row).toList();
        }
        return rows;
    }

    private EnrollmentRow row(Campaigns.EnrolledLead enrolled) {
        Enrollment enrollment = enrolled.enrollment();
        CampaignFacts.Step next = enrollment.isActive() ? screen.getFacts().step(enrollment.getNextPosition()) : null;
        return new EnrollmentRow(enrollment.getLeadId(), enrolled.leadName(),
                enrollment.getHow().name(), enrollment.getStatus().name(),
                next == null ? "" : "Step " + next.position() + " · " + next.action(),
                brokerage.format(enrollment.getNextDueAt()),
                enrollment.getExitReason() == null ? "" : enrollment.getExitReason(),
                brokerage.format(enrollment.getEnrolledAt()), enrollment.isActive());
    }

    /** Reads the enrolments again when they are next shown, from the newest. */
    public void refresh() {
        rows = null;
        page = 0;
    }

    public void older() {
        page++;
        rows = null;
    }

    public void newer() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public boolean isOlder() {
        getRows();
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    public boolean isNewer() {
        return page > 0;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    /** The caller's leads whose name, email or phone matches. */
    public List<Choice> completeLead(String text) {
        return LeadPicker.complete(leads, text);
    }

    /** Puts in the lead chosen by name and the leads typed by id. */
    public void putIn() {
        List<Long> ids;
        try {
            ids = ids();
        } catch (InvalidInputException typo) {
            CampaignFields.show(typo, FORM, CampaignFields::leads);
            return;
        }
        if (ids.isEmpty()) {
            Messages.error("Choose a lead, or type lead ids.");
            return;
        }
        try {
            Campaigns.EnrollOutcome outcome = campaigns.enroll(screen.getId(), ids);
            say(outcome);
            lead = null;
            leadIds = null;
            refresh();
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::leads);
        }
    }

    private static void say(Campaigns.EnrollOutcome outcome) {
        if (!outcome.enrolled().isEmpty()) {
            Messages.info("Put in: " + count(outcome.enrolled().size()) + ".");
        }
        if (!outcome.alreadyIn().isEmpty()) {
            Messages.warn("In it already (a lead goes through a campaign once): " + words(outcome.alreadyIn()) + ".");
        }
        if (!outcome.notFound().isEmpty()) {
            Messages.error("No such lead of the campaign's owner: " + words(outcome.notFound()) + ".");
        }
    }

    private static String count(int leads) {
        return leads == 1 ? "1 lead" : leads + " leads";
    }

    private static String words(List<Long> ids) {
        return "lead " + String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    /** The chosen lead's id, then the typed ones, each once; a mutable list, as the boundary asks it for nulls. */
    private List<Long> ids() {
        Set<Long> ids = new LinkedHashSet<>();
        if (lead != null) {
            ids.add(lead.getId());
        }
        ids.addAll(LeadIds.parse(leadIds));
        return new ArrayList<>(ids);
    }

    /** Takes the lead out; its steps not yet gone are skipped. */
    public void exit(long leadId) {
        try {
            campaigns.exit(screen.getId(), leadId);
            Messages.info("Taken out: " + getRows().stream().filter(row -> row.leadId() == leadId)
                    .map(EnrollmentRow::lead).findFirst().orElse("lead " + leadId) + ".");
            rows = null;
        } catch (CrmException refused) {
            CampaignFields.show(refused, FORM, CampaignFields::above);
        }
    }

    public Choice getLead() {
        return lead;
    }

    public void setLead(Choice lead) {
        this.lead = lead;
    }

    public String getLeadIds() {
        return leadIds;
    }

    public void setLeadIds(String leadIds) {
        this.leadIds = leadIds;
    }
}
