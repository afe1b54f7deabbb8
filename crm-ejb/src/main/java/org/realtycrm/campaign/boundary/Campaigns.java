package org.realtycrm.campaign.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.CampaignAccess;
import org.realtycrm.campaign.control.CampaignMessages;
import org.realtycrm.campaign.control.Enrollments;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignKind;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.Enrollment;
import org.realtycrm.campaign.entity.MessageTemplate;
import org.realtycrm.campaign.entity.SendStatus;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.campaign.entity.WhenRefused;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;

/**
 * Campaigns, action plans and their templates, as agents and admins work them. An agent sees and runs their own
 * campaigns and templates, and puts in only their own leads (the leads' one access rule); an admin, all of them.
 * Every change is audited; a lead's entering and leaving is on its timeline.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Campaigns {

    /** A template as a user writes it. */
    public record TemplateInput(Channel channel, String name, String subject, String subjectB, String body,
            Long version) {
    }

    /** A campaign's settings as a user writes them (the steps apart). */
    public record CampaignInput(String name, CampaignKind kind, WhenRefused whenRefused, LeadStatus filterStatus,
            String filterSource, Long filterPullId, Boolean exitOnReply, Boolean exitOnStatusChange, Long version) {
    }

    /** One step as a user writes it. */
    public record StepInput(StepAction action, Integer delayMinutes, Long templateId, String instructions) {
    }

    /** A template filled for one lead: each subject (B: null without an A/B test) and the body. */
    public record Preview(String subjectA, String subjectB, String body) {
    }

    /** A lead in a campaign, and its name. */
    public record EnrolledLead(Enrollment enrollment, String leadName) {
    }

    /** What putting leads in did: entered, in already (or before), and not found (or not the caller's). */
    public record EnrollOutcome(List<Long> enrolled, List<Long> alreadyIn, List<Long> notFound) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    LeadRepository leads;

    @Inject
    Enrollments enrollments;

    @Inject
    CampaignAccess access;

    @Inject
    CampaignMessages messages;

    @Inject
    ActivityRecorder activities;

    Clock clock = Clock.systemUTC();

    // --- templates ---------------------------------------------------------------------------------------------

    public List<MessageTemplate> templates() {
        return em.createQuery("select t from MessageTemplate t where :all = true or t.ownerId = :owner"
                        + " order by t.name, t.id", MessageTemplate.class)
                .setParameter("all", seesAll()).setParameter("owner", caller.id()).getResultList();
    }

    public MessageTemplate template(long id) {
        return access.template(id);
    }

    public MessageTemplate createTemplate(TemplateInput input) {
        MessageTemplate template = new MessageTemplate(input.channel(), caller.id(), input.name(), input.subject(),
                input.subjectB(), input.body());
        em.persist(template);
        em.flush();
        activities.record(caller.user(), SubjectType.MESSAGE_TEMPLATE, template.getId(),
                ActivityAction.TEMPLATE_CREATED, input.channel() + " template " + template.getName() + " created",
                Map.of());
        return template;
    }

    public MessageTemplate changeTemplate(long id, TemplateInput input) {
        MessageTemplate template = template(id);
        expectVersion("template", id, input.version(), template.getVersion());
        template.change(input.name(), input.subject(), input.subjectB(), input.body());
        activities.record(caller.user(), SubjectType.MESSAGE_TEMPLATE, id, ActivityAction.TEMPLATE_CHANGED,
                "Template " + template.getName() + " changed", Map.of());
        return template;
    }

    /** The template as one of the caller's leads would get it. */
    public Preview preview(long templateId, long leadId) {
        MessageTemplate template = template(templateId);
        Lead lead = lead(leadId);
        Map<String, String> values = messages.valuesFor(lead);
        String body = template.getChannel() == Channel.SMS ? messages.text(template, lead) : template.bodyFor(values);
        return new Preview(template.subjectFor('A', values), template.isAbTest() ? template.subjectFor('B', values)
                : null, body);
    }

    // --- campaigns ---------------------------------------------------------------------------------------------

    public List<Campaign> campaigns() {
        return access.campaigns();
    }

    public Campaign campaign(long id) {
        return access.campaign(id);
    }

    public Campaign create(CampaignInput input) {
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "is required: " + List.of(CampaignKind.values()));
        }
        Campaign campaign = new Campaign(input.kind(), caller.id(), input.name(), input.whenRefused(), filter(input),
                input.exitOnReply() == null || input.exitOnReply(),
                input.exitOnStatusChange() == null || input.exitOnStatusChange());
        em.persist(campaign);
        em.flush();
        audit(campaign, ActivityAction.CAMPAIGN_CREATED, input.kind() + " campaign " + campaign.getName()
                + " created");
        return campaign;
    }

    public Campaign change(long id, CampaignInput input) {
        Campaign campaign = campaign(id);
        expectVersion("campaign", id, input.version(), campaign.getVersion());
        if (input.kind() != null && input.kind() != campaign.getKind()) {
            throw new InvalidInputException("kind", "a campaign's kind is fixed when it is created");
        }
        campaign.change(input.name(), input.whenRefused(), filter(input),
                input.exitOnReply() == null || input.exitOnReply(),
                input.exitOnStatusChange() == null || input.exitOnStatusChange());
        audit(campaign, ActivityAction.CAMPAIGN_CHANGED, "Campaign " + campaign.getName() + " changed");
        return campaign;
    }

    public Campaign replaceSteps(long id, List<StepInput> steps, Long version) {
        Campaign campaign = campaign(id);
        expectVersion("campaign", id, version, campaign.getVersion());
        if (steps == null) {
            throw new InvalidInputException("steps", "is required (an empty list removes every step)");
        }
        List<Campaign.StepDraft> drafts = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepInput step = steps.get(i);
            if (step == null) {
                errors.add(new FieldError("steps[" + i + "]", "is required"));
                continue;
            }
            MessageTemplate template = null;
            if (step.templateId() != null) {
                template = em.find(MessageTemplate.class, step.templateId());
                if (template == null || !mayUse(template.getOwnerId())) {
                    errors.add(new FieldError("steps[" + i + "].templateId", "no such template of yours"));
                    continue;
                }
            }
            drafts.add(new Campaign.StepDraft(step.action(), step.delayMinutes() == null ? 0 : step.delayMinutes(),
                    template, step.instructions()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        campaign.replaceSteps(drafts);
        // the version moves with the steps too: two people editing the same plan see each other's change
        em.lock(campaign, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit(campaign, ActivityAction.CAMPAIGN_CHANGED, "Campaign " + campaign.getName() + ": " + drafts.size()
                + " steps");
        return campaign;
    }

    /** Starts the campaign: a one-off's audience enters now. */
    public Campaign launch(long id) {
        Campaign campaign = campaign(id);
        if (campaign.getSteps().stream().anyMatch(step -> step.getAction() == StepAction.EMAIL)) {
            messages.whyNoMarketingEmail().ifPresent(why -> {
                throw new ConflictException("campaign " + id + " sends email, which cannot go: " + why);
            });
        }
        campaign.launch(clock.instant());
        em.flush();
        String how = "";
        if (campaign.getKind() == CampaignKind.ONE_OFF) {
            how = ": " + enrollments.enrollAudience(campaign) + " leads in its audience";
        }
        audit(campaign, ActivityAction.CAMPAIGN_LAUNCHED, "Campaign " + campaign.getName() + " launched" + how);
        return campaign;
    }

    public Campaign pause(long id) {
        Campaign campaign = campaign(id);
        campaign.pause();
        audit(campaign, ActivityAction.CAMPAIGN_PAUSED, "Campaign " + campaign.getName() + " paused");
        return campaign;
    }

    public Campaign resume(long id) {
        Campaign campaign = campaign(id);
        campaign.resume();
        audit(campaign, ActivityAction.CAMPAIGN_RESUMED, "Campaign " + campaign.getName() + " resumed");
        return campaign;
    }

    public Campaign end(long id) {
        Campaign campaign = campaign(id);
        campaign.end(clock.instant());
        em.flush();
        int left = enrollments.endOf(campaign);
        audit(campaign, ActivityAction.CAMPAIGN_ENDED, "Campaign " + campaign.getName() + " ended" + (left == 0 ? ""
                : ": " + left + " leads still going through it left"));
        return campaign;
    }

    /** How many leads the campaign's filter matches now: who a one-off would reach if launched. */
    public long audienceSize(long id) {
        return enrollments.countAudience(campaign(id));
    }

    // --- leads in campaigns ------------------------------------------------------------------------------------

    public EnrollOutcome enroll(long campaignId, List<Long> leadIds) {
        Campaign campaign = campaign(campaignId);
        if (!campaign.takesLeads()) {
            throw new ConflictException("campaign " + campaignId + " ended: it takes "
                    + "no more leads");
        }
        if (leadIds == null || leadIds.isEmpty()) {
            throw new InvalidInputException("leadIds", "name at least one lead");
        }
        if (leadIds.size() > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("leadIds", "at most " + PageRequest.MAX_SIZE + " at a time");
        }
        for (int i = 0; i < leadIds.size(); i++) {
            if (leadIds.get(i) == null) {
                throw new InvalidInputException("leadIds[" + i + "]", "must be a lead's id");
            }
        }
        List<Long> enrolled = new ArrayList<>();
        List<Long> already = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        User by = caller.user();
        for (Long leadId : leadIds.stream().distinct().toList()) {
            Lead lead = leads.find(leadId, access.leadsOf(campaign)).orElse(null);
            if (lead == null || !caller.leadVisibility().allows(lead)) {
                missing.add(leadId);
            } else if (enrollments.enroll(campaign, lead, by)) {
                enrolled.add(leadId);
            } else {
                already.add(leadId);
            }
        }
        return new EnrollOutcome(enrolled, already, missing);
    }

    /** Takes a lead out of the campaign by hand; its sends not yet gone are skipped. */
    public Enrollment exit(long campaignId, long leadId) {
        Campaign campaign = campaign(campaignId);
        lead(leadId);
        Enrollment enrollment = em.createQuery("select e from Enrollment e where e.campaignId = :campaign"
                        + " and e.leadId = :lead", Enrollment.class)
                .setParameter("campaign", campaign.getId()).setParameter("lead", leadId).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("lead " + leadId + " in campaign", campaignId));
        String reason = "taken out by " + caller.user().getName();
        if (enrollment.exit(reason, clock.instant())) {
            activities.record(caller.user(), SubjectType.LEAD, leadId, ActivityAction.CAMPAIGN_LEFT,
                    "Left campaign " + campaign.getName() + ": " + reason, Map.of());
        }
        return enrollment;
    }

    /** A page of the campaign's leads, each with its name, read in the same query (a table shows them together). */
    public Page<EnrolledLead> enrollments(long campaignId, PageRequest page) {
        Campaign campaign = campaign(campaignId);
        List<EnrolledLead> items = em.createQuery("select e, l.firstName, l.lastName from Enrollment e, Lead l"
                        + " where l.id = e.leadId and e.campaignId = :campaign order by e.enrolledAt desc, e.id desc",
                        Object[].class)
                .setParameter("campaign", campaign.getId()).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(row -> new EnrolledLead((Enrollment) row[0],
                        Lead.fullName((String) row[1], (String) row[2]))).toList();
        long total = em.createQuery("select count(e) from Enrollment e where e.campaignId = :campaign", Long.class)
                .setParameter("campaign", campaign.getId()).getSingleResult();
        return Page.of(items, total, page);
    }

    /**
     * Every campaign send to one lead, newest first, with its fate and the gate's reasons: why each message went or
     * did not.
     */
    public List<CampaignSend> sendsTo(long leadId) {
        lead(leadId);
        return em.createQuery("select s from CampaignSend s where s.leadId = :lead and (:all = true or s.campaignId"
                        + " in (select c.id from Campaign c where c.ownerId = :owner)) order by s.createdAt desc,"
                        + " s.id desc", CampaignSend.class)
                .setParameter("lead", leadId).setParameter("all", seesAll()).setParameter("owner", caller.id())
                .getResultList();
    }

    public Page<CampaignSend> sends(long campaignId, SendStatus status, PageRequest page) {
        Campaign campaign = campaign(campaignId);
        String where = " from CampaignSend s where s.campaignId = :campaign and (:status is null or s.status = :status)";
        List<CampaignSend> items = em.createQuery("select s" + where + " order by s.createdAt desc, s.id desc",
                        CampaignSend.class)
                .setParameter("campaign", campaign.getId()).setParameter("status", status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(s)" + where, Long.class).setParameter("campaign", campaign.getId())
                .setParameter("status", status).getSingleResult();
        return Page.of(items, total, page);
    }

    // --- rules -------------------------------------------------------------------------------------------------

    private boolean seesAll() {
        return access.seesAll();
    }

    private boolean mayUse(long ownerId) {
        return access.mayUse(ownerId);
    }

    private Lead lead(long leadId) {
        return leads.find(leadId, caller.leadVisibility()).orElseThrow(() -> new RecordNotFoundException("lead",
                leadId));
    }

    private Campaign.Filter filter(CampaignInput input) {
        if (input.filterPullId() != null && !seesAll()) {
            // purchased lists are the administrators' (the Lists screen): an agent's campaign cannot name one
            throw new InvalidInputException("filterPullId", "is an administrator's: purchased lists are theirs");
        }
        if (input.filterPullId() != null && em.find(ListPull.class, input.filterPullId()) == null) {
            throw new InvalidInputException("filterPullId", "no list has id " + input.filterPullId());
        }
        return new Campaign.Filter(input.filterStatus(), input.filterSource(), input.filterPullId());
    }

    private static void expectVersion(String what, long id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(what, id, expected, actual);
        }
    }

    private void audit(Campaign campaign, ActivityAction action, String summary) {
        activities.record(caller.user(), SubjectType.CAMPAIGN, campaign.getId(), action, summary, Map.of());
    }
}
