package org.realtycrm.lead.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.lead.entity.LeadFacts;

/**
 * Takes the routing decisions for many leads at once (a chunk of a CSV import or of a list, a file of responses) in a
 * transaction of its own. The turn pointers (everyone's, and each team's) are locked rows: taken inside the
 * chunk's transaction, they would stay locked until that chunk commits, and chunks stored side by side (and every
 * lead created through the API meanwhile) would queue on them. The price: a chunk that rolls back has used its turns,
 * so after a crash the next agents in turn (everyone's or a team's) are skipped once; the chunk, run again, is placed
 * anew by the rules as they are then.
 */
@ApplicationScoped
public class ImportRouting {

    @Inject
    LeadRouter router;

    Clock clock = Clock.systemUTC();

    /**
     * Where each of these new leads goes, in their order, by the routing rules as {@link LeadRouter#route} places one
     * lead: the rules are read once, the turns taken lead by lead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LeadPlacement> place(List<LeadFacts> leads) {
        Instant now = clock.instant();
        return router.routeAll(leads, now).stream().map(route -> LeadPlacement.of(route, now)).toList();
    }
}
