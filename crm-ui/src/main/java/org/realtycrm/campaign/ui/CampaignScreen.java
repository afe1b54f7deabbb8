package org.realtycrm.campaign.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.campaign.boundary.Campaigns;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.CampaignStatus;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.ErrorPages;
import org.realtycrm.platform.ui.Messages;

/**
 * One campaign's page (campaign.xhtml?id=N): its settings, its steps (edited while it is a draft, saved whole), and
 * its life: launch (a one-off's audience, counted beforehand, enters then), pause, resume, end, as its status
 * allows. The leads in it and what it did are the page's other beans' ({@link CampaignEnrollments},
 * {@link CampaignResultsScreen}), which read this one's campaign. A campaign the caller may not see answers 404, like
 * a missing one.
 */
@Named
@ViewScoped
public class CampaignScreen implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SETTINGS_FORM = "settings";
    static final String STEPS_FORM = "plan";
    static final String STALE = "Someone else changed this campaign while you were editing it. It has been reloaded"
            + " with their change: apply yours again.";

    @Inject
    Campaigns campaigns;

    private Long id;
    private CampaignFacts facts;
    private List<TemplateRow> templates = List.of();
    private final List<StepRow> stepRows = new ArrayList<>();
    /** How many leads a one-off draft's filter matches now: who launching it reaches. */
    private Long audienceSize;

    // the settings form
    private String name;
    private WhenRefused whenRefused;
    private LeadStatus filterStatus;
    private String filterSource;
    private boolean exitOnReply;
    private boolean exitOnStatusChange;

    /** The view action: reads the campaign named by {@code id}; 404 when the caller may not see it. */
    public void open() {
        if (id == null) {
            ErrorPages.send(404, "No such campaign");
            return;
        }
        try {
            read();
        } catch (RecordNotFoundException e) {
            ErrorPages.send(404, "No such campaign");
        }
    }

    private void read() {
        show(CampaignFacts.of(campaigns.campaign(id)));
        showSteps();
        templates = campaigns.templates().stream().map(TemplateRow::of).toList();
        audienceSize = null;
    }

    /** Shows the campaign as the boundary answered; the settings form takes its values again. */
    private void show(CampaignFacts shown) {
        facts = shown;
        name = shown.name();
        whenRefused = shown.whenRefused();
        filterStatus = shown.filterStatus();
        filterSource = shown.filterSource();
        exitOnReply = shown.exitOnReply();
        exitOnStatusChange = shown.exitOnStatusChange();
    }

    /** The steps editor's rows as the campaign's steps stand. */
    private void showSteps() {
        stepRows.clear();
        facts.steps().forEach(step -> stepRows.add(StepRow.of(step)));
    }

    // --- settings ----------------------------------------------------------------------------------------------

    public void saveSettings() {
        try {
            Campaign changed = campaigns.change(id, new Campaigns.CampaignInput(name, null, whenRefused, filterStatus,
                    filterSource, facts.filterPullId(), exitOnReply, exitOnStatusChange, facts.version()));
            show(facts.after(changed));
            audienceSize = null; // the filter may have changed: counted again when next shown
            Messages.info("Saved.");
        } catch (RuntimeException failure) {
            refuse(failure, SETTINGS_FORM, CampaignFields::settings);
        }
    }

    // --- steps -------------------------------------------------------------------------------------------------

    public void addStep() {
        stepRows.add(new StepRow());
    }

    public void removeStep(int index) {
        if (index >= 0 && index < stepRows.size()) {
            stepRows.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < stepRows.size()) {
            Collections.swap(stepRows, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < stepRows.size() - 1) {
            Collections.swap(stepRows, index, index + 1);
        }
    }

    /** Replaces the campaign's steps by the rows as they stand. */
    public void saveSteps() {
        try {
            Campaign saved = campaigns.replaceSteps(id, stepRows.stream().map(StepRow::input).toList(),
                    facts.version());
            show(CampaignFacts.of(saved));
            showSteps();
            Messages.info("Saved " + saved.getSteps().size() + (saved.getSteps().size() == 1 ? " step." : " steps."));
        } catch (RuntimeException failure) {
            refuse(failure, STEPS_FORM, CampaignFields::steps);
        }
    }

    /** The caller's templates a step of this action may send: an email step's emails, a text step's texts. */
    public List<TemplateRow> templatesFor(StepAction action) {
        return action == null || !action.sendsMessage() ? List.of()
                : templates.stream().filter(template -> template.channel() == action.channel()).toList();
    }

    /** A saved step's template by name (a template the caller no longer sees: by its id). */
    public String templateName(Long templateId) {
        if (templateId == null) {
            return "";
        }
        return templatesById().getOrDefault(templateId, "template " + templateId);
    }

    private Map<Long, String> templatesById() {
        return templates.stream().collect(Collectors.toMap(TemplateRow::id, TemplateRow::name));
    }

    public String delayWords(int delayMinutes) {
        return DelayUnit.words(delayMinutes);
    }

    // --- life --------------------------------------------------------------------------------------------------

    public void launch() {
        lifecycle(campaigns::launch, "Launched: its steps go out from now on.");
    }

    public void pause() {
        lifecycle(campaigns::pause, "Paused: nothing is sent until it is resumed; due steps wait.");
    }

    public void resume() {
        lifecycle(campaigns::resume, "Resumed: due steps go out now.");
    }

    public void end() {
        lifecycle(campaigns::end, "Ended: nothing more is sent, and no lead enters.");
    }

    private void lifecycle(Function<Long, Campaign> change, String done) {
        try {
            show(facts.after(change.apply(id)));
            audienceSize = null;
            Messages.info(done);
        } catch (RuntimeException failure) {
            refuse(failure, null, CampaignFields::above);
        }
    }

    /**
     * Shows what the boundary refused. Someone else's change meanwhile reloads the campaign as it is now: the
     * user applies theirs again on top of it.
     */
    private void refuse(RuntimeException failure, String formId, UnaryOperator<FieldError> placed) {
        if (CampaignFields.isStale(failure)) {
            read();
            Messages.error(STALE);
            return;
        }
        if (failure instanceof CrmException refused) {
            CampaignFields.show(refused, formId == null ? "campaign" : formId, placed);
            return;
        }
        throw failure;
    }

    // --- what the page shows -----------------------------------------------------------------------------------

    public boolean isLaunchable() {
        return facts.status().mayLaunch();
    }

    public boolean isPausable() {
        return facts.status().mayPause();
    }

    public boolean isResumable() {
        return facts.status().mayResume();
    }

    public boolean isEndable() {
        return facts.status().mayEnd();
    }

    public boolean isEnded() {
        return facts.status() == CampaignStatus.ENDED;
    }

    public boolean isOneOff() {
        return facts.kind() == CampaignKind.ONE_OFF;
    }

    /** What launching says beforehand: a one-off's audience enters at once. */
    public String getLaunchWarning() {
        Long audience = getAudienceSize();
        if (audience != null) {
            return audience + (audience == 1 ? " lead matches" : " leads match") + " its filter now: "
                    + (audience == 1 ? "it enters" : "they enter") + " at launch, and its steps cannot be "
                    + "changed afterwards.";
        }
        return "Its steps cannot be changed once it is launched.";
    }

    /** The entry rule or audience in words: "leads with status NEW whose source begins with Zillow". */
    public String getFilterWords() {
        List<String> parts = new ArrayList<>();
        if (facts.filterStatus() != null) {
            parts.add("with status " + facts.filterStatus());
        }
        if (facts.filterSource() != null) {
            parts.add("whose source begins with " + facts.filterSource());
        }
        if (facts.filterPullId() != null) {
            parts.add("from list " + facts.filterPullId());
        }
        if (parts.isEmpty()) {
            return facts.kind() == CampaignKind.DRIP ? "no entry rule: leads are put in by hand"
                    : "every lead of the campaign's owner";
        }
        return "leads " + String.join(" and ", parts);
    }

    public CampaignFacts getFacts() {
        return facts;
    }

    public List<StepRow> getStepRows() {
        return stepRows;
    }

    public List<TemplateRow> getTemplates() {
        return templates;
    }

    /** How many leads a one-off draft's filter matches now (counted once, and again after its filter changed). */
    public Long getAudienceSize() {
        if (audienceSize == null && facts != null && facts.kind() == CampaignKind.ONE_OFF && facts.isDraft()) {
            audienceSize = campaigns.audienceSize(id);
        }
        return audienceSize;
    }

    public StepAction[] getActions() {
        return StepAction.values();
    }

    public DelayUnit[] getDelayUnits() {
        return DelayUnit.values();
    }

    public WhenRefused[] getWhenRefusedChoices() {
        return WhenRefused.values();
    }

    public LeadStatus[] getStatuses() {
        return LeadStatus.values();
    }

    public String getTitle() {
        return facts == null ? "Campaign" : facts.name();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public WhenRefused getWhenRefused() {
        return whenRefused;
    }

    public void setWhenRefused(WhenRefused whenRefused) {
        this.whenRefused = whenRefused;
    }

    public LeadStatus getFilterStatus() {
        return filterStatus;
    }

    public void setFilterStatus(LeadStatus filterStatus) {
        this.filterStatus = filterStatus;
    }

    public String getFilterSource() {
        return filterSource;
    }

    public void setFilterSource(String filterSource) {
        this.filterSource = filterSource;
    }

    public boolean isExitOnReply() {
        return exitOnReply;
    }

    public void setExitOnReply(boolean exitOnReply) {
        this.exitOnReply = exitOnReply;
    }

    public boolean isExitOnStatusChange() {
        return exitOnStatusChange;
    }

    public void setExitOnStatusChange(boolean exitOnStatusChange) {
        this.exitOnStatusChange = exitOnStatusChange;
    }
}
