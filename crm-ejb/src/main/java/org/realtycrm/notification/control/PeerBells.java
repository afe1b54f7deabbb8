package org.realtycrm.notification.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.platform.cluster.NodeName;

/**
 * Tells the other nodes that users have new notifications, so that a user whose browser is connected to another node
 * than the one that stored them still hears the bell. The message goes through PostgreSQL ({@code NOTIFY}) inside
 * the delivering transaction: the nodes hear it when, and only if, that transaction commits. Each node listens
 * ({@code notification.boundary.PeerBellListener}) and ignores its own messages, whose browsers were told directly.
 */
@ApplicationScoped
public class PeerBells {

    /** The PostgreSQL channel. */
    public static final String CHANNEL = "crm_bell";
    /** NOTIFY takes at most 8000 bytes; user ids are sent in messages of at most this many characters. */
    static final int MAX_PAYLOAD = 7_000;
    private static final char NODE_END = '|';

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /**
     * Observed in the delivering transaction as it goes on (PostgreSQL holds a transaction's NOTIFY until it commits):
     * not as a transactional observer, which Payara fails to call from a message-driven bean's transaction
     * (ClassCastException of its EJB descriptor).
     */
    public void onDelivered(@Observes NotificationsDelivered delivered) {
        for (String payload : payloads(NodeName.get(), delivered.userIds())) {
            em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, payload)
                    .getResultList();
        }
    }

    /** {@code <node>|<id>,<id>,…}, split so that no message is longer than {@link #MAX_PAYLOAD}. */
    static List<String> payloads(String node, Set<Long> userIds) {
        List<String> payloads = new ArrayList<>();
        Iterator<Long> ids = userIds.iterator();
        StringBuilder payload = new StringBuilder();
        while (ids.hasNext()) {
            String id = String.valueOf(ids.next());
            if (payload.length() > 0 && payload.length() + 1 + id.length() > MAX_PAYLOAD) {
                payloads.add(payload.toString());
                payload.setLength(0);
            }
            payload.append(payload.length() == 0 ? node + NODE_END : ",").append(id);
        }
        if (payload.length() > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** The users of a message from another node; empty for this node's own messages and for what is not ours. */
    public static Optional<Set<Long>> usersFromPeer(String payload, String thisNode) {
        int end = payload.indexOf(NODE_END);
        if (end <= 0 || payload.substring(0, end).equals(thisNode)) {
            return Optional.empty();
        }
        Set<Long> users = new LinkedHashSet<>();
        for (String id : payload.substring(end + 1).split(",")) {
            try {
                users.add(Long.parseLong(id));
            } catch (NumberFormatException notAnId) {
                return Optional.empty();
            }
        }
        return Optional.of(users);
    }
}
