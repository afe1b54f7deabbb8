package org.realtycrm.pipeline.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.entity.Role;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.PullStatus;
import org.realtycrm.pipeline.entity.Scrub;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * A list's run step by step (the Lists screen's run view and the API's {@code steps}): each step's state and figures,
 * from what the run has committed — the pull's counts (moved with every chunk), its scrub's report, the files written.
 * Nothing is counted anew: the view is read every few seconds while a run goes.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ListRuns {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public List<RunStep> steps(long pullId) {
        ListPull pull = Optional.ofNullable(em.find(ListPull.class, pullId))
                .orElseThrow(() -> new RecordNotFoundException("list pull", pullId));
        Scrub scrub = pull.getScrubId() == null ? null : em.find(Scrub.class, pull.getScrubId());
        // a source is never deleted once it has received a list
        Set<ExportPlatform> platforms = em.find(ListSource.class, pull.getSourceId()).getExportTo();
        long written = platforms.isEmpty() ? 0 : em.createQuery("""
                        select count(distinct e.platform) from ListExport e
                         where e.pullId = :pull and e.platform in :platforms""", Long.class)
                .setParameter("pull", pullId).setParameter("platforms", platforms).getSingleResult();
        return steps(pull, scrub, platforms.size(), written);
    }

    /**
     * @param scrub     the list's scrub report; {@code null} before the scrub step stored it
     * @param platforms the files the source asks the run for
     * @param written   those of them written (an administrator's own files of other platforms do not count)
     */
    static List<RunStep> steps(ListPull pull, Scrub scrub, int platforms, long written) {
        Map<String, Long> parse = new LinkedHashMap<>();
        parse.put("leftOut", pull.getRowsFiltered());
        parse.put("propertiesCreated", pull.getPropertiesCreated());
        parse.put("propertiesMatched", pull.getPropertiesMatched());
        Map<String, Long> trace = new LinkedHashMap<>();
        trace.put("cached", pull.getOwnersCached());
        trace.put("costCents", pull.getTraceCostCents());
        Map<String, Long> imported = new LinkedHashMap<>();
        imported.put("leadsCreated", pull.getLeadsCreated());
        imported.put("leadsMerged", pull.getLeadsMerged());
        imported.put("withoutContact", pull.getRowsWithoutContact());
        return List.of(
                new RunStep("parse", pull.stateOf(PullStatus.PARSING), pull.getRowsRead(), pull.getRowsKept(),
                        pull.getRowsRejected(), null, parse),
                new RunStep("trace", pull.stateOf(PullStatus.TRACING), pull.getOwnersTraced(), pull.getOwnersFound(),
                        null, null, trace),
                scrub == null
                        ? new RunStep("scrub", pull.stateOf(PullStatus.SCRUBBING), null, null, null, null, Map.of())
                        // the report counts rows, not phones; each phone checked is callable, suppressed or not one
                        : new RunStep("scrub", pull.stateOf(PullStatus.SCRUBBING),
                                scrub.getCallable() + scrub.getSuppressed() + scrub.getRejected(),
                                scrub.getCallable(), scrub.getRejected(), scrub.getSuppressed(), Map.of()),
                new RunStep("import", pull.stateOf(PullStatus.IMPORTING),
                        pull.getLeadsCreated() + pull.getLeadsMerged() + pull.getRowsWithoutContact(),
                        pull.getLeadsCreated() + pull.getLeadsMerged(), null, null, imported),
                new RunStep("export", pull.stateOf(PullStatus.EXPORTING), (long) platforms, written, null, null,
                        Map.of()));
    }
}
