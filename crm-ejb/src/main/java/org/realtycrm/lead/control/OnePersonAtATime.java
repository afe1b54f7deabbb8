package org.realtycrm.lead.control;

import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

/**
 * Two arrivals from the same new person at once (a website form and a text, two deliveries of one webhook) would
 * both find no lead and store two: the second waits here for the first to commit, then finds its lead. Every key the
 * person could be known by is locked until the transaction ends, in one order, so that arrivals sharing any of them
 * wait for each other and none waits in a circle.
 */
@ApplicationScoped
public class OnePersonAtATime {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Waits for, then holds, the keys of the person {@code candidate} (not stored) stands for. */
    public void lock(Lead candidate) {
        FieldCipher cipher = FieldCiphers.current();
        SortedSet<String> keys = new TreeSet<>();
        if (candidate.getEmail() != null) {
            keys.add("email " + cipher.blindIndex(FieldCipher.EMAIL, candidate.getEmail()));
        }
        candidate.getPhones().forEach(phone -> keys.add("phone " + cipher.blindIndex(FieldCipher.PHONE,
                phone.number())));
        for (String key : keys) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 7))")
                    .setParameter(1, "inbound lead " + key)
                    .getSingleResult();
        }
    }
}
