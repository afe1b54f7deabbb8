package org.realtycrm.lead.ui;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.SuppressionReason;
import org.realtycrm.audit.boundary.AuditTrail;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.boundary.Ponds;
import org.realtycrm.lead.entity.DuplicateLeadException;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.Note;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.Messages;

/**
 * One lead (lead.xhtml?id=N) or a new one (lead.xhtml): every editable field, the status moves the lead allows,
 * notes, the assignee (admins, and team leaders within their team) and the timeline. A lead the caller may not see answers 404, like a missing one.
 */
@Named
@ViewScoped
public class LeadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TIMELINE_PAGE_SIZE = 10;

    @Inject
    Leads leads;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Brokerage brokerage;

    @Inject
    AgentChoices agentChoices;

    @Inject
    DoNotCallLists doNotCallLists;

    @Inject
    Ponds ponds;

    private Long id;
    private long version;
    private String title = "New lead";
    private String agentName;
    /** Where routing left it: the pond it waits in (by name), or its agent's deadline to contact it. */
    private String pondName;
    private String contactDue;
    private LeadStatus savedStatus;
    private LeadForm form = LeadForm.blank();
    private Long duplicateOf;
    /** Whether the lead as stored has a number: the Texts section texts it (the form may hold unsaved ones). */
    private boolean phoneOnFile;
    private String note;
    private Long assignTo;
    private int timelinePage;
    private List<TimelineEntry> timeline = List.of();
    private long timelineTotal;
    /** The saved phones' Do-Not-Call verdicts, by the number as the form shows it. */
    private Map<String, CallVerdict> doNotCall = Map.of();

    /** Loads the lead named by the {@code id} parameter; answers 404 when the caller may not see it. */
    public void open() {
        if (id == null) {
            return;
        }
        try {
            show(leads.find(id));
        } catch (RecordNotFoundException e) {
            notFound();
        }
    }

    public String save() {
        duplicateOf = null;
        try {
            if (id == null) {
                Lead created = leads.create(form.draft(brokerage), LeadIntake.SCREEN);
                return "/lead?faces-redirect=true&id=" + created.getId();
            }
            show(leads.update(id, version, form.draft(brokerage)));
            Messages.info("Saved.");
        } catch (DuplicateLeadException e) {
            duplicateOf = e.existingLeadId();
            ScreenErrors.report(e);
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
        return null;
    }

    /** Starts over from the lead as stored: what a user does after "someone else changed this lead". */
    public void reload() {
        try {
            show(leads.find(id));
        } catch (RuntimeException e) {
            // deleted or handed to another agent meanwhile: say so rather than fail the page
            ScreenErrors.report(e);
        }
    }

    public void addNote() {
        try {
            leads.addNote(id, new Note(note));
            note = null;
            timelinePage = 0;
            loadTimeline();
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
    }

    public void assign() {
        if (assignTo == null) {
            Messages.error("Choose the agent to assign this lead to.");
            return;
        }
        try {
            show(leads.assign(id, assignTo));
            Messages.info("Assigned to " + agentName + ".");
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
    }

    /** Something else on the page wrote to the lead's timeline (the Properties panel): show it from the top. */
    public void timelineChanged() {
        timelinePage = 0;
        loadTimeline();
    }

    public void olderActivities() {
        timelinePage++;
        loadTimeline();
    }

    public void newerActivities() {
        timelinePage = Math.max(0, timelinePage - 1);
        loadTimeline();
    }

    private void show(Lead lead) {
        id = lead.getId();
        version = lead.getVersion();
        title = lead.fullName();
        agentName = lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getName();
        assignTo = lead.getAssignedAgent() == null ? null : lead.getAssignedAgent().getId();
        pondName = lead.getPondId() == null ? null : pondName(lead.getPondId());
        contactDue = lead.getContactDueAt() == null ? null : brokerage.format(lead.getContactDueAt());
        savedStatus = lead.getStatus();
        phoneOnFile = !lead.getPhones().isEmpty();
        form = LeadForm.of(lead, brokerage);
        timelinePage = 0;
        loadTimeline();
        checkPhones();
    }

    /** A pond the caller may not see (an agent outside it) is still a pond: named by its id. */
    private String pondName(long pondId) {
        try {
            return ponds.find(pondId).getName();
        } catch (RecordNotFoundException notTheirs) {
            return "pond " + pondId;
        }
    }

    /** Whether each saved phone may be called: the agent sees it before dialling. */
    private void checkPhones() {
        Map<String, CallVerdict> verdicts = new HashMap<>();
        form.getPhones().stream().map(LeadForm.PhoneField::getNumber)
                .filter(number -> number != null && !number.isBlank())
                .forEach(number -> verdicts.put(number, doNotCallLists.check(number)));
        doNotCall = verdicts;
    }

    /** The lists that hold a saved phone, in words; null when none does. */
    public String doNotCallReasons(String number) {
        return number == null ? null : DoNotCallWords.listed(doNotCall.get(number));
    }

    /** Whether the agent can still record that the owner of this saved phone asked not to be called. */
    public boolean optOutOpen(String number) {
        CallVerdict verdict = number == null ? null : doNotCall.get(number);
        return verdict != null && verdict.hits().stream()
                .noneMatch(hit -> hit.reason() == SuppressionReason.INTERNAL_DNC);
    }

    /** The lead asked not to be called at this number: it goes on the company's list, for good. */
    public void doNotCall(String number) {
        try {
            doNotCallLists.addInternal(number, "Lead " + id + " asked not to be called (recorded on the lead's page)");
            Messages.info("The number is on the Do-Not-Call list for good.");
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
        checkPhones();
    }

    private void loadTimeline() {
        Page<TimelineEntry> page = auditTrail.leadTimeline(id, new PageRequest(timelinePage, TIMELINE_PAGE_SIZE))
                .map(activity -> TimelineEntry.of(activity, brokerage));
        timeline = page.items();
        timelineTotal = page.total();
    }

    private static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "No such lead");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The lead's current status and the ones it may move to next: nothing else is offered. */
    public List<LeadStatus> getStatusChoices() {
        List<LeadStatus> choices = new ArrayList<>();
        if (savedStatus == null) {
            choices.add(LeadStatus.NEW);
            choices.add(LeadStatus.CONTACTED);
            return choices;
        }
        choices.add(savedStatus);
        choices.addAll(savedStatus.nextStatuses());
        return choices;
    }

    public LeadType[] getLeadTypes() {
        return LeadType.values();
    }

    public Temperature[] getTemperatureChoices() {
        return Temperature.values();
    }

    public PhoneType[] getPhoneTypes() {
        return PhoneType.values();
    }

    public List<AgentChoices.Agent> getAgents() {
        return agentChoices.agents();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isOlderActivities() {
        return (long) (timelinePage + 1) * TIMELINE_PAGE_SIZE < timelineTotal;
    }

    public boolean isNewerActivities() {
        return timelinePage > 0;
    }

    public int getNoteMaxLength() {
        return Note.MAX_LENGTH;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getPondName() {
        return pondName;
    }

    public String getContactDue() {
        return contactDue;
    }

    public LeadForm getForm() {
        return form;
    }

    public boolean isPhoneOnFile() {
        return phoneOnFile;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }
}
