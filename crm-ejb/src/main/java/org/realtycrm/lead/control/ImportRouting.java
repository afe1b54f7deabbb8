package org.realtycrm.lead.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.realtycrm.identity.entity.User;

/**
 * Takes the routing turns for many leads at once (a chunk of a CSV import or of a list, a file of responses) in a
 * transaction of its own. The turn pointer is a locked row: taken inside the
 * chunk's transaction, it would stay locked until that chunk commits, and chunks stored side by side (and every
 * lead created through the API meanwhile) would queue on it. The price: a chunk that rolls back has used its turns,
 * so after a crash the next agents in turn are skipped once.
 */
@ApplicationScoped
public class ImportRouting {

    @Inject
    LeadRouter router;

    /** The agents for the next {@code count} leads in turn; empty when there is no active agent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> nextAgents(int count) {
        return router.nextAgents(count).stream().map(User::getId).toList();
    }
}
