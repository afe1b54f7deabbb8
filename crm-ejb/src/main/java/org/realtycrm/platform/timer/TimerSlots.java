package org.realtycrm.platform.timer;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.realtycrm.platform.cluster.NodeName;

/**
 * Lets a periodic timer run once per period across the nodes that share the database. Every node has its own
 * persistent timers, so every node fires them; a fire first claims the period it falls in ({@code timer_runs}, whose
 * primary key is the timer and the period's start), and only the node whose claim inserted the row does the work.
 * Periods are counted from the epoch on the database's clock, so the nodes agree on them whatever their own clocks
 * say; whichever node fires first in a period runs it, and while a node is down the others run every period.
 * <p>
 * The claim joins the caller's transaction when there is one (the follow-up reminders): work that fails rolls its
 * claim back, and the next fire, on any node, tries again; a second node claiming the same period waits for the
 * first one's transaction and then finds the row. A caller without a transaction (an MLS sync, which records its
 * own failures) commits the claim at once: its period is used, failed or not.
 */
@ApplicationScoped
@Transactional
public class TimerSlots {

    /** Claims are kept this long for operators to read (which node ran what when), then deleted by later claims. */
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** @return whether this node runs {@code timer} for the current period of length {@code period} */
    public boolean claim(String timer, Duration period) {
        long length = period.toMillis();
        if (length <= 0) {
            throw new IllegalArgumentException("a timer's period is positive: " + period);
        }
        int inserted = em.createNativeQuery("insert into timer_runs (timer, slot, node) values (?1,"
                        + " to_timestamp((floor(extract(epoch from clock_timestamp()) * 1000 / ?2) * ?2 / 1000.0)"
                        + "::double precision), ?3) on conflict do nothing")
                .setParameter(1, timer)
                .setParameter(2, length)
                .setParameter(3, NodeName.get())
                .executeUpdate();
        if (inserted == 1) {
            long keptSeconds = Math.max(KEPT.toSeconds(), period.multipliedBy(2).toSeconds());
            em.createNativeQuery("delete from timer_runs where timer = ?1"
                            + " and slot < clock_timestamp() - make_interval(secs => ?2)")
                    .setParameter(1, timer)
                    .setParameter(2, (double) keptSeconds)
                    .executeUpdate();
        }
        return inserted == 1;
    }
}
