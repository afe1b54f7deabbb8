package org.realtycrm.campaign.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * A campaign or action plan: its steps, who it is for, and what it does when a lead replies, changes status, or the
 * compliance gate holds a message. It guards its own life: steps are edited only while it is a draft (sends name
 * their step, and a running plan's leads are part-way through it), it is launched with at least one step, and an
 * ended campaign takes nobody in and sends nothing more.
 */
@Entity
@Table(name = "campaigns")
public class Campaign extends Tracked {

    public static final int MAX_NAME = 120;
    public static final int MAX_SOURCE = 100;
    public static final int MAX_STEPS = 50;

    /** One step as a user drafts it. */
    public record StepDraft(StepAction action, int delayMinutes, MessageTemplate template, String instructions) {
    }

    /** Who the campaign is for: each part null for any. */
    public record Filter(LeadStatus status, String sourcePrefix, Long pullId) {

        public static final Filter ANY = new Filter(null, null, null);

        public boolean isAny() {
            return status == null && sourcePrefix == null && pullId == null;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "when_refused", nullable = false, length = 4)
    private WhenRefused whenRefused;

    @Enumerated(EnumType.STRING)
    @Column(name = "filter_status", length = 20)
    private LeadStatus filterStatus;

    @Column(name = "filter_source", length = MAX_SOURCE)
    private String filterSource;

    @Column(name = "filter_pull_id")
    private Long filterPullId;

    @Column(name = "exit_on_reply", nullable = false)
    private boolean exitOnReply = true;

    @Column(name = "exit_on_status_change", nullable = false)
    private boolean exitOnStatusChange = true;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    // fetched with the campaign where it is shown (CampaignAccess, Campaigns.campaigns: read after the boundary's
    // transaction), not where it is not (the sender reads a campaign for each message it sends)
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CampaignStep> steps = new ArrayList<>();

    protected Campaign() {
        // for JPA
    }

    public Campaign(CampaignKind kind, long ownerId, String name, WhenRefused whenRefused, Filter filter,
            boolean exitOnReply, boolean exitOnStatusChange) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ownerId = ownerId;
        change(name, whenRefused, filter, exitOnReply, exitOnStatusChange);
    }

    /** Changes the settings (not the steps); an ended campaign stays as it ended. */
    public final void change(String newName, WhenRefused newWhenRefused, Filter filter, boolean newExitOnReply,
            boolean newExitOnStatusChange) {
        requireNot(CampaignStatus.ENDED, "changed");
        List<FieldError> errors = new ArrayList<>();
        String stripped = newName == null ? "" : newName.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError("name", "is required"));
        } else if (stripped.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (newWhenRefused == null) {
            errors.add(new FieldError("whenRefused", "is required: HOLD or DROP"));
        }
        Filter checked = filter == null ? Filter.ANY : filter;
        String source = checked.sourcePrefix() == null || checked.sourcePrefix().isBlank() ? null
                : checked.sourcePrefix().strip();
        if (source != null && source.length() > MAX_SOURCE) {
            errors.add(new FieldError("filterSource", "must be at most " + MAX_SOURCE + " characters"));
        }
        if (kind == CampaignKind.DRIP && checked.pullId() != null) {
            errors.add(new FieldError("filterPullId", "a drip takes leads as they arrive; a list's leads are a "
                    + "one-off campaign's audience"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = stripped;
        this.whenRefused = newWhenRefused;
        this.filterStatus = checked.status();
        this.filterSource = source;
        this.filterPullId = checked.pullId();
        this.exitOnReply = newExitOnReply;
        this.exitOnStatusChange = newExitOnStatusChange;
    }

    /**
     * Replaces the steps, while the campaign is a draft. A message step needs a template of its channel (that the
     * campaign's owner may use: checked by the caller); a task needs the agent's instructions.
     */
    public void replaceSteps(List<StepDraft> drafts) {
        if (status != CampaignStatus.DRAFT) {
            throw new ConflictException("campaign " + id + " is " + status + ": its steps are fixed once launched "
                    + "(its leads are part-way through them); copy it to change them");
        }
        List<FieldError> errors = new ArrayList<>();
        if (drafts.size() > MAX_STEPS) {
            errors.add(new FieldError("steps", "must be at most " + MAX_STEPS));
        }
        for (int i = 0; i < drafts.size(); i++) {
            check(drafts.get(i), "steps[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        steps.clear();
        for (int i = 0; i < drafts.size(); i++) {
            StepDraft draft = drafts.get(i);
            String instructions = draft.instructions() == null || draft.instructions().isBlank() ? null
                    : draft.instructions().strip();
            steps.add(new CampaignStep(this, i + 1, draft.action(), draft.delayMinutes(),
                    draft.action().sendsMessage() ? draft.template() : null, instructions));
        }
    }

    private static void check(StepDraft draft, String field, List<FieldError> errors) {
        if (draft.action() == null) {
            errors.add(new FieldError(field + ".action", "is required: " + List.of(StepAction.values())));
            return;
        }
        if (draft.delayMinutes() < 0 || draft.delayMinutes() > CampaignStep.MAX_DELAY_MINUTES) {
            errors.add(new FieldError(field + ".delayMinutes", "must be between 0 and "
                    + CampaignStep.MAX_DELAY_MINUTES + " (a year)"));
        }
        if (draft.action().sendsMessage()) {
            if (draft.template() == null) {
                errors.add(new FieldError(field + ".templateId", "is required for " + draft.action()));
            } else if (draft.template().getChannel() != draft.action().channel()) {
                errors.add(new FieldError(field + ".templateId", "is a " + draft.template().getChannel()
                        + " template; the step sends " + draft.action()));
            }
        }
        String instructions = draft.instructions() == null ? "" : draft.instructions().strip();
        if (draft.action() == StepAction.TASK && instructions.isEmpty()) {
            errors.add(new FieldError(field + ".instructions", "is required: what the agent is to do"));
        }
        if (instructions.length() > CampaignStep.MAX_INSTRUCTIONS) {
            errors.add(new FieldError(field + ".instructions", "must be at most " + CampaignStep.MAX_INSTRUCTIONS
                    + " characters"));
        }
    }

    /** Starts sending: a one-off's audience is enrolled now, a drip's rule takes leads from now on. */
    public void launch(Instant now) {
        if (!status.mayLaunch()) {
            throw new ConflictException("campaign " + id + " is " + status + ": only a draft is launched");
        }
        if (steps.isEmpty()) {
            throw new InvalidInputException("steps", "a campaign needs at least one step to be launched");
        }
        status = CampaignStatus.ACTIVE;
        startedAt = now;
    }

    public void pause() {
        if (!status.mayPause()) {
            throw new ConflictException("campaign " + id + " is " + status + ": only an active campaign is paused");
        }
        status = CampaignStatus.PAUSED;
    }

    public void resume() {
        if (!status.mayResume()) {
            throw new ConflictException("campaign " + id + " is " + status + ": only a paused campaign is resumed");
        }
        status = CampaignStatus.ACTIVE;
    }

    public void end(Instant now) {
        if (!status.mayEnd()) {
            throw new ConflictException("campaign " + id + " is " + status + ": it cannot be ended again");
        }
        if (status == CampaignStatus.DRAFT) {
            startedAt = now; // never launched: it ran for no time at all
        }
        status = CampaignStatus.ENDED;
        endedAt = now;
    }

    /** Whether a lead may be put in now: not once it ended (a draft takes leads, and holds them until launch). */
    public boolean takesLeads() {
        return status != CampaignStatus.ENDED;
    }

    private void requireNot(CampaignStatus forbidden, String what) {
        if (status == forbidden) {
            throw new ConflictException("campaign " + id + " is " + status + ": it cannot be " + what);
        }
    }

    public Filter filter() {
        return new Filter(filterStatus, filterSource, filterPullId);
    }

    public CampaignStep step(int position) {
        return position >= 1 && position <= steps.size() ? steps.get(position - 1) : null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public WhenRefused getWhenRefused() {
        return whenRefused;
    }

    public boolean isExitOnReply() {
        return exitOnReply;
    }

    public boolean isExitOnStatusChange() {
        return exitOnStatusChange;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<CampaignStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
