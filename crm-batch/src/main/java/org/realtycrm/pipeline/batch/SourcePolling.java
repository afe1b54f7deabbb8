package org.realtycrm.pipeline.batch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.pipeline.control.ListPickup;
import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.platform.timer.NamedTimers;
import org.realtycrm.platform.timer.TimerSlots;

/**
 * Looks at the polled list sources once a minute and picks up what is due ({@link ListSource#isDue}): each file
 * received starts its run. With several nodes, one of them looks per minute ({@link TimerSlots}), and a source's look
 * is claimed before it starts ({@link PullLedger#claimLook}), so a look that outlasts the minute is not repeated by
 * another node. A source that cannot be reached keeps its error for the screens and is tried again at its next
 * period.
 */
@Startup
@Singleton
@DependsOn("crm-ejb.jar#FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourcePolling {

    private static final Logger LOG = Logger.getLogger(SourcePolling.class.getName());
    private static final String TIMER = "list-source-polling";
    private static final Duration PERIOD = Duration.ofMinutes(1);

    @Resource
    TimerService timers;

    @Inject
    TimerSlots slots;

    @Inject
    ListPickup pickup;

    @Inject
    PullRuns runs;

    @Inject
    PullLedger ledger;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void schedule() {
        if (!NamedTimers.keepOnly(timers, TIMER, TIMER)) {
            timers.createIntervalTimer(PERIOD.toMillis(), PERIOD.toMillis(), new TimerConfig(TIMER, true));
        }
    }

    @Timeout
    void poll() {
        if (!slots.claim(TIMER, PERIOD)) {
            return;
        }
        List<ListSource> sources = em.createQuery(
                "select s from ListSource s where s.enabled = true and s.pollMinutes is not null order by s.id",
                ListSource.class).getResultList();
        for (ListSource source : sources) {
            if (source.isDue(clock.instant()) && ledger.claimLook(source.getId())) {
                try {
                    pickup.pickUp(source, runs::start);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "List source " + source.getName() + " could not be read: "
                            + e.getMessage());
                }
            }
        }
    }

    /** For an administrator's "look now": the same pickup, outside the timer. */
    public List<ListPull> pollNow(ListSource source) {
        return pickup.pickUp(source, runs::start);
    }
}
