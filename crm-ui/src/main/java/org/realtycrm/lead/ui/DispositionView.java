package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.audit.boundary.AuditTrail;
import org.realtycrm.lead.boundary.Leads;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Note;
import org.realtycrm.lead.entity.Temperature;
import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.ui.LeadListings;

/**
 * The disposition screen (disposition.xhtml): one lead at a time from a queue of the caller's leads (the boundary
 * decides which: an agent's own, every lead for an admin), newest first, triaged with a key each. A change is made
 * against the version shown; when someone else changed the lead meanwhile, the screen shows it as it is now and
 * says so instead of overwriting their change.
 */
@Named
@ViewScoped
public class DispositionView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Enough of the timeline to see why the pipeline scored the lead as it did, and what happened since. */
    private static final int RECENT_ACTIVITIES = 5;
    static final String CHANGED_MEANWHILE = "Someone else changed this lead meanwhile: it is shown as it is now and "
            + "your change was not saved. Press the key again if it still applies.";

    @Inject
    Leads leads;

    @Inject
    AuditTrail auditTrail;

    @Inject
    DoNotCallLists doNotCallLists;

    @Inject
    Properties properties;

    @Inject
    Brokerage brokerage;

    // the queue's filters: by default the leads nobody has triaged yet
    private LeadStatus status = LeadStatus.NEW;
    private Temperature temperature;
    private String source;

    private DispositionQueue queue = DispositionQueue.empty();
    private LeadCard lead;
    private String note;

    /** Loads the queue (the view action: also after a link such as {@code ?source=List:}). */
    public void open() {
        loadQueue();
    }

    public void loadQueue() {
        LeadQuery query = new LeadQuery(status == null ? Set.of() : EnumSet.of(status),
                temperature == null ? Set.of() : EnumSet.of(temperature), source, null, null, LeadSort.DEFAULT);
        queue = DispositionQueue.load(page -> leads.search(query, page).map(Lead::getId));
        showCurrent();
    }

    public void next() {
        if (queue.next()) {
            showCurrent();
        } else if (queue.size() > 0) {
            Messages.info("That was the last lead of the queue.");
        }
    }

    public void previous() {
        if (queue.previous()) {
            showCurrent();
        } else if (queue.size() > 0) {
            Messages.info("This is the first lead of the queue.");
        }
    }

    public void changeTemperature(Temperature target) {
        dispose(target, null, "Now " + target + ".");
    }

    public void moveTo(LeadStatus target) {
        dispose(null, target, "Moved to " + target + ".");
    }

    public void addNote() {
        if (lead == null) {
            return;
        }
        try {
            leads.addNote(lead.getId(), new Note(note));
            note = null;
            Messages.info("Note added.");
            refresh();
        } catch (RuntimeException e) {
            ScreenErrors.report(e);
        }
    }

    /** Shows the current lead as it is stored now. */
    public void reload() {
        if (lead != null) {
            refresh();
        }
    }

    private void dispose(Temperature newTemperature, LeadStatus newStatus, String done) {
        if (lead == null) {
            return;
        }
        try {
            show(leads.dispose(lead.getId(), lead.getVersion(), newTemperature, newStatus));
            Messages.info(lead.getName() + ": " + done);
        } catch (RuntimeException e) {
            if (!ScreenErrors.isStale(e)) {
                ScreenErrors.report(e);
                return;
            }
            refresh();
            Messages.error(CHANGED_MEANWHILE);
        }
    }

    private void refresh() {
        try {
            show(leads.find(lead.getId()));
        } catch (RecordNotFoundException e) {
            Messages.error("This lead was deleted or handed to another agent: it left your queue.");
            queue.dropCurrent();
            showCurrent();
        }
    }

    /** Shows the queue's current lead; one deleted or handed over since the queue was loaded is skipped. */
    private void showCurrent() {
        lead = null;
        note = null; // a draft belongs to the lead it was begun on
        while (queue.current().isPresent()) {
            try {
                show(leads.find(queue.current().getAsLong()));
                return;
            } catch (RecordNotFoundException e) {
                queue.dropCurrent();
            }
        }
    }

    private void show(Lead shown) {
        List<TimelineEntry> recent = auditTrail.leadTimeline(shown.getId(), new PageRequest(0, RECENT_ACTIVITIES))
                .map(activity -> TimelineEntry.of(activity, brokerage)).items();
        List<LeadListings.Row> linked = properties.propertiesOf(shown.getId()).stream().map(LeadListings.Row::new)
                .toList();
        lead = new LeadCard(shown, doNotCallLists::check, brokerage, recent, linked);
    }

    public LeadCard getLead() {
        return lead;
    }

    /** "3 of 120", or with the number found when the queue holds only the first of them. */
    public String getPosition() {
        String position = queue.position() + " of " + queue.size();
        return queue.truncated() ? position + " (" + queue.found() + " found: triage these, then load again)"
                : position;
    }

    public LeadStatus[] getStatusChoices() {
        return LeadStatus.values();
    }

    public Temperature[] getTemperatureChoices() {
        return Temperature.values();
    }

    public int getNoteMaxLength() {
        return Note.MAX_LENGTH;
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

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
