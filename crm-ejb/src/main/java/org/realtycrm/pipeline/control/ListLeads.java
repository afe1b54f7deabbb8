package org.realtycrm.pipeline.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.control.ImportedIntoPonds;
import org.realtycrm.lead.control.LeadPlacement;
import org.realtycrm.lead.control.LeadsCreated;
import org.realtycrm.lead.control.Scorecards;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadFacts;
import org.realtycrm.lead.entity.LeadIntake;
import org.realtycrm.lead.entity.LeadScore;
import org.realtycrm.lead.entity.Scorecard;
import org.realtycrm.notification.control.LeadAssignedNotices;
import org.realtycrm.pipeline.control.OwnerMatches.Target;
import org.realtycrm.platform.persistence.GrowingTables;

/**
 * Turns a list's owners into leads, in the caller's transaction (a chunk of the run's "import" step, or the
 * responses recorded for a list). An owner who repeats a live lead (same email, same phone, or the owner of the same
 * property under the same name) merges into it: the lead takes the phones and email it lacked, its property link and,
 * when the owner scores hotter, the hotter temperature; never a second lead. Several rows of one owner in one chunk
 * become one lead. New leads are scored by the scorecard, placed by the routing rules (the decisions for the chunk's
 * new leads taken at once, {@code ImportRouting.place}) and linked to their property as its owner; each lead's
 * timeline says which list and line it came from, how it was routed and why it scored as it did. Imports of lists
 * take their turns one chunk at a time (a transaction-scoped lock), so two lists naming the same owner cannot both
 * create them.
 * <p>
 * The rules are applied in memory, on the entities; the new leads, their phones and timeline entries, the property
 * links and the rows' outcomes are then written set-based, a few statements per chunk ({@link NewLeadsInsert},
 * {@link RowOutcomes}); the merges, a minority of rows, go through the persistence context.
 */
@ApplicationScoped
public class ListLeads {

    private static final String ONE_IMPORT_AT_A_TIME = "select pg_advisory_xact_lock(hashtext('crm list leads'))";

    private static final String RUN_PROGRESS = "update pipeline_pulls set imported_up_to_line = ?, "
            + "leads_created = leads_created + ?, leads_merged = leads_merged + ?, "
            + "rows_without_contact = rows_without_contact + ?, version = version + 1 where id = ?";

    @Inject
    Scorecards scorecards;

    @Inject
    ActivityRecorder activities;

    @Inject
    LeadAssignedNotices notices;

    @Inject
    ImportedIntoPonds ponds;

    @Inject
    Event<LeadsCreated> leadsCreated;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The list the owners came from, as leads' timelines and sources name it. */
    public record ListOrigin(long pullId, String fileName, String sourceName, Long receivedById) {

        String leadSource() {
            String source = "List: " + sourceName;
            return source.length() > Lead.MAX_SOURCE_LENGTH ? source.substring(0, Lead.MAX_SOURCE_LENGTH) : source;
        }

        String where(long line) {
            return "list " + fileName + ", line " + line;
        }
    }

    /** What importing some owners did. */
    public record Imported(int created, int merged, int withoutContact) {
    }

    /**
     * The next rows of the run's "import" step: up to {@code limit} after {@code line} that have no lead yet (only
     * those who responded, for a source that imports responders only).
     */
    public List<PulledOwner> ownersAfter(long pullId, long line, boolean respondersOnly, int limit) {
        return connection().doReturningWork(db -> PulledOwners.after(db, pullId, line, respondersOnly, limit));
    }

    /**
     * Imports a chunk of the run's "import" step and moves the run's position to {@code upToLine}, with its counts,
     * in the same transaction.
     *
     * @param placements where the rules send the new leads, in their order ({@code ImportRouting.place})
     */
    public Imported importChunk(ListOrigin origin, List<PulledOwner> owners, long upToLine,
            Function<List<LeadFacts>, List<LeadPlacement>> placements) {
        Imported imported = importOwners(origin, owners, placements, "list-pull:" + origin.pullId());
        connection().doWork(db -> {
            try (PreparedStatement progress = db.prepareStatement(RUN_PROGRESS)) {
                progress.setLong(1, upToLine);
                progress.setLong(2, imported.created());
                progress.setLong(3, imported.merged());
                progress.setLong(4, imported.withoutContact());
                progress.setLong(5, origin.pullId());
                progress.executeUpdate();
            }
            long before = owners.isEmpty() ? upToLine : owners.get(0).line() - 1;
            GrowingTables.analyzeWhenDoubled(db, before, upToLine, "leads", "lead_phones", "lead_properties");
        });
        return imported;
    }

    /**
     * Imports owners (the run's chunk, or responders); the rows keep the lead they became and their score.
     *
     * @param occasion names this import among the list's others in the agents' notifications' dedupe keys (a chunk
     *                 run again after a crash notifies once; a later file of responses notifies anew)
     */
    public Imported importOwners(ListOrigin origin, List<PulledOwner> owners,
            Function<List<LeadFacts>, List<LeadPlacement>> placements, String occasion) {
        Scorecard scorecard = scorecards.current();
        List<OwnerContacts> candidates = owners.stream().map(OwnerContacts::of).toList();
        // JDBC work and the persistence context's own statements take turns, never nest: Hibernate hands its
        // connection back after each statement, which would close a connection held across one
        waitForTurn();
        List<Target> targets = connection().doReturningWork(db -> OwnerMatches.find(db, candidates).targets());
        Applied applied = apply(origin, candidates, targets, scorecard);
        List<LeadPlacement> placed = place(applied.created().values(), placements);
        connection().doWork(db -> storeNew(origin, candidates, targets, applied, db));
        storeMerges(origin, applied.merges());
        long firstLine = candidates.isEmpty() ? 0 : candidates.get(0).row().line();
        String chunk = occasion + ":line:" + firstLine;
        perAgent(applied).forEach((agentId, count) -> notices.announceImported(agentId, count,
                "list " + origin.fileName(), chunk + ":agent:" + agentId));
        ponds.announce(perPond(applied), placed, "list " + origin.fileName(), chunk);
        leadsCreated.fire(new LeadsCreated(LeadIntake.LIST, applied.imported().created()));
        return applied.imported();
    }

    /**
     * Waits until no other import of a list's owners (a chunk of another run, a file of responses) is storing, and
     * holds the turn until the caller's transaction ends: taken first, before anything else is written, so that two
     * imports naming the same owner or rows never wait for each other in opposite orders.
     */
    public void waitForTurn() {
        connection().doWork(db -> {
            try (PreparedStatement lock = db.prepareStatement(ONE_IMPORT_AT_A_TIME)) {
                lock.execute();
            }
        });
    }

    /**
     * What a chunk becomes: its new leads (by the row that created them), the merges into stored leads, each row's
     * score, and the counts.
     */
    private record Applied(Imported imported, Map<Integer, NewLead> created, List<LeadMerge> merges,
            LeadScore[] scores) {
    }

    /** Applies the rules in memory: the new leads are built, the merges made on the stored leads they change. */
    private Applied apply(ListOrigin origin, List<OwnerContacts> candidates, List<Target> targets,
            Scorecard scorecard) {
        User actor = origin.receivedById() == null ? null : em.find(User.class, origin.receivedById());
        Map<Integer, NewLead> created = new LinkedHashMap<>();
        // the live leads the chunk merges into, with their phones, read in one query (not one find per row)
        Map<Long, Lead> existing = stored(targets);
        List<LeadMerge> merges = new ArrayList<>();
        LeadScore[] scores = new LeadScore[candidates.size()];
        int withoutContact = 0;
        for (int i = 0; i < candidates.size(); i++) {
            OwnerContacts owner = candidates.get(i);
            Target target = targets.get(i);
            scores[i] = scorecard.score(owner.row().signals());
            if (target.kind() == Target.Kind.NONE) {
                withoutContact++;
            } else if (target.kind() == Target.Kind.NEW) {
                created.put(i, NewLead.of(owner, target, origin.leadSource(), scores[i], actor));
            } else if (target.kind() == Target.Kind.SAME_AS_NEW) {
                created.get(target.newLeadRow()).absorb(owner, target, scores[i]);
            } else {
                merges.add(LeadMerge.into(existing.get(target.leadId()), owner, target, scores[i]));
            }
        }
        // every row counts once: a new lead's first row as created, a row that joined a lead (one already there, or
        // one this chunk made) as merged, a row with nobody to reach as such
        int merged = (int) targets.stream().filter(t -> t.kind() == Target.Kind.EXISTING
                || t.kind() == Target.Kind.SAME_AS_NEW).count();
        return new Applied(new Imported(created.size(), merged, withoutContact), created, merges, scores);
    }

    /**
     * Writes the new leads (with their phones and timeline entries), the property links and the rows' outcomes,
     * set-based (see {@link NewLeadsInsert}).
     */
    private static void storeNew(ListOrigin origin, List<OwnerContacts> candidates, List<Target> targets,
            Applied applied, Connection db) throws SQLException {
        List<Integer> firstRows = new ArrayList<>(applied.created().keySet());
        List<Lead> leads = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int row : firstRows) {
            NewLead lead = applied.created().get(row);
            leads.add(lead.lead());
            summaries.add(lead.summary(origin.where(candidates.get(row).row().line())));
        }
        long[] ids = new NewLeadsInsert(db).store(leads, summaries, origin.receivedById());
        Map<Integer, Long> idOfRow = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            idOfRow.put(firstRows.get(i), ids[i]);
        }
        int n = candidates.size();
        Long[] leadIds = new Long[n];
        String[] outcomes = new String[n];
        Integer[] points = new Integer[n];
        for (int i = 0; i < n; i++) {
            Target target = targets.get(i);
            leadIds[i] = switch (target.kind()) {
                case NEW -> idOfRow.get(i);
                case SAME_AS_NEW -> idOfRow.get(target.newLeadRow());
                case EXISTING -> target.leadId();
                case NONE -> null;
            };
            outcomes[i] = target.outcome();
            points[i] = applied.scores()[i].points();
        }
        RowOutcomes.record(db, origin.pullId(), origin.receivedById(),
                candidates.stream().map(OwnerContacts::row).toList(), leadIds, outcomes, points);
    }

    /** Stores the merges through the persistence context (a minority of rows), each with its LEAD_MERGED entry. */
    private void storeMerges(ListOrigin origin, List<LeadMerge> merges) {
        if (merges.isEmpty()) {
            return;
        }
        em.flush();
        User actor = origin.receivedById() == null ? null : em.find(User.class, origin.receivedById());
        for (LeadMerge merge : merges) {
            activities.record(actor, SubjectType.LEAD, merge.lead().getId(), ActivityAction.LEAD_MERGED,
                    merge.summary(origin.where(merge.owner().row().line())), merge.changes());
        }
    }

    /** Places the new leads, in their order, where the rules send them; answers the placements. */
    private List<LeadPlacement> place(Collection<NewLead> created,
            Function<List<LeadFacts>, List<LeadPlacement>> placements) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<NewLead> leads = List.copyOf(created);
        List<LeadPlacement> placed = placements.apply(leads.stream().map(lead -> LeadFacts.of(lead.lead())).toList());
        for (int i = 0; i < leads.size(); i++) {
            LeadPlacement placement = placed.get(i);
            User agent = placement.agentId() == null ? null : em.find(User.class, placement.agentId());
            leads.get(i).place(placement, agent);
        }
        return placed;
    }

    private static Map<Long, Integer> perPond(Applied applied) {
        Map<Long, Integer> perPond = new HashMap<>();
        for (NewLead lead : applied.created().values()) {
            if (lead.lead().getPondId() != null) {
                perPond.merge(lead.lead().getPondId(), 1, Integer::sum);
            }
        }
        return perPond;
    }

    /** The new leads each agent got. */
    private static Map<Long, Integer> perAgent(Applied applied) {
        Map<Long, Integer> perAgent = new HashMap<>();
        for (NewLead lead : applied.created().values()) {
            if (lead.lead().getAssignedAgent() != null) {
                perAgent.merge(lead.lead().getAssignedAgent().getId(), 1, Integer::sum);
            }
        }
        return perAgent;
    }

    private Map<Long, Lead> stored(List<Target> targets) {
        List<Long> ids = targets.stream().filter(t -> t.kind() == Target.Kind.EXISTING).map(Target::leadId)
                .distinct().toList();
        Map<Long, Lead> leads = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select l from Lead l left join fetch l.phones where l.id in :ids", Lead.class).setParameter("ids", ids)
                    .getResultList().forEach(lead -> leads.put(lead.getId(), lead));
        }
        return leads;
    }

    /**
     * The persistence context's connection, for the statements here (matches, new leads, links, the rows'
     * outcomes): one transaction with the merges it stores, whoever began it (a chunk of the batch runtime, or a
     * session bean).
     */
    private Session connection() {
        return em.unwrap(Session.class);
    }
}
