package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.batch.ListPulls;
import org.realtycrm.pipeline.boundary.ListExports;
import org.realtycrm.pipeline.boundary.ListRuns;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.ui.Messages;

/**
 * The "Lists received" tab of lists.xhtml: every list received, newest first, with its run's counts, read again
 * every few seconds while a run is going; restarting a run that stopped; a list opened: its run step by step (read
 * again with the lists, so it moves while the run goes), its first kept owners, and its files for the marketing
 * platforms.
 */
@Named
@ViewScoped
public class ReceivedLists implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many kept owners a list shows here; the API pages through all of them. */
    static final int OWNERS_SHOWN = 100;
    private static final Set<PullStatus> GOING = EnumSet.of(PullStatus.RECEIVED, PullStatus.PARSING,
            PullStatus.TRACING, PullStatus.SCRUBBING, PullStatus.IMPORTING, PullStatus.EXPORTING);

    @Inject
    ListSetup setup;

    @Inject
    ListPulls pulls;

    @Inject
    ListExports exports;

    @Inject
    ListRuns runs;

    private List<ListPull> all;
    private ListPull selected;
    private List<OwnerLine> owners = List.of();
    private List<StepLine> steps = List.of();
    private List<ListExport> selectedExports = List.of();
    private ExportPlatform platform = ExportPlatform.DIALER;

    @PostConstruct
    void init() {
        reload();
    }

    /** Reads the lists again, and the chosen list's owners: its run may have kept more since. */
    public void reload() {
        all = setup.pulls(null);
        if (selected != null) {
            long id = selected.getId();
            all.stream().filter(pull -> pull.getId() == id).findFirst().ifPresentOrElse(this::showOwners,
                    () -> selected = null);
        }
    }

    public void restart(ListPull pull) {
        try {
            ListPull restarted = pulls.restart(pull.getId());
            Messages.info("Restarted " + restarted.getFileName() + ": its run goes on from where it stopped.");
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** Opens a list: its run step by step, its first kept owners and its files (read again with the lists). */
    public void showOwners(ListPull pull) {
        selected = pull;
        steps = runs.steps(pull.getId()).stream().map(StepLine::of).toList();
        owners = setup.pulledOwners(pull.getId(), 0, OWNERS_SHOWN).stream().map(OwnerLine::of).toList();
        selectedExports = exports.exports(pull.getId());
    }

    /** Writes the chosen list's file for the chosen platform. */
    public void export() {
        try {
            ListExport written = exports.export(selected.getId(), platform);
            Messages.info("Written for " + platform + ": " + written.getRowsWritten() + " rows of "
                    + written.getOwners() + " owners (" + written.getOwnersLeftOut() + " left out"
                    + (platform == ExportPlatform.DIALER ? ", " + written.getPhonesSuppressed()
                            + " phones held back by Do-Not-Call" : "") + ").");
            selectedExports = exports.exports(selected.getId());
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public ExportPlatform[] getPlatforms() {
        return ExportPlatform.values();
    }

    public ExportPlatform getPlatform() {
        return platform;
    }

    public void setPlatform(ExportPlatform platform) {
        this.platform = platform;
    }

    public List<ListExport> getSelectedExports() {
        return selectedExports;
    }

    /** Whether a run is going: the page then reads the lists again every few seconds. */
    public boolean isRunning() {
        return all.stream().anyMatch(pull -> GOING.contains(pull.getStatus()));
    }

    /** A trace's cost, "$12.40". */
    public String dollars(long cents) {
        return StepLine.dollars(cents);
    }

    public int getOwnersShown() {
        return OWNERS_SHOWN;
    }

    public List<ListPull> getAll() {
        return all;
    }

    public ListPull getSelected() {
        return selected;
    }

    public List<StepLine> getSteps() {
        return steps;
    }

    public List<OwnerLine> getOwners() {
        return owners;
    }
}
