package org.realtycrm.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.identity.entity.User;

/**
 * The screens' sign-ins as rows of {@code screen_sign_ins}: a random token goes to the browser, only its SHA-256 is
 * stored. A ticket is open while it was not ended and was used within the idle time; it signs its user in again only
 * while the account is active with the password and role it was made with (otherwise it ends).
 */
@ApplicationScoped
public class SignInTickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    /** Ended or idle tickets are kept this long (for an operator's question), then deleted by a later sign-in. */
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** @return the new ticket's token, for the browser's cookie */
    public String open(User user, Instant now) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.createNativeQuery("insert into screen_sign_ins (token_hash, user_id, credentials_stamp, role, created_at,"
                        + " last_seen_at) values (?1, ?2, ?3, ?4, ?5, ?5)")
                .setParameter(1, hash(token))
                .setParameter(2, user.getId())
                .setParameter(3, user.credentialsStamp())
                .setParameter(4, user.getRole().name())
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        return token;
    }

    /** The user of an open ticket, whose last use becomes {@code now}; a ticket its account outgrew ends. */
    public Optional<User> resume(String token, Duration idle, Instant now) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("update screen_sign_ins set last_seen_at = ?2 where token_hash = ?1"
                        + " and ended_at is null and last_seen_at > ?3 returning user_id, credentials_stamp, role")
                .setParameter(1, hash(token))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(idle)))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        long stamp = ((Number) row[1]).longValue();
        String role = (String) row[2];
        Optional<User> user = Optional.ofNullable(em.find(User.class, ((Number) row[0]).longValue()))
                .filter(User::isActive)
                .filter(found -> found.credentialsStamp() == stamp && found.getRole().name().equals(role));
        if (user.isEmpty()) {
            end(token, now); // deactivated, or another password or role since: the ticket is done for good
        }
        return user;
    }

    /**
     * Whether the ticket is still open (not ended, used within the idle time); {@code touch}: and it is used now.
     */
    public boolean open(String token, Duration idle, Instant now, boolean touch) {
        if (!wellFormed(token)) {
            return false;
        }
        if (touch) {
            return em.createNativeQuery("update screen_sign_ins set last_seen_at = ?2 where token_hash = ?1"
                            + " and ended_at is null and last_seen_at > ?3")
                    .setParameter(1, hash(token)).setParameter(2, Timestamp.from(now))
                    .setParameter(3, Timestamp.from(now.minus(idle))).executeUpdate() == 1;
        }
        return !em.createNativeQuery("select 1 from screen_sign_ins where token_hash = ?1 and ended_at is null"
                        + " and last_seen_at > ?2")
                .setParameter(1, hash(token)).setParameter(2, Timestamp.from(now.minus(idle)))
                .getResultList().isEmpty();
    }

    public void end(String token, Instant now) {
        if (wellFormed(token)) {
            em.createNativeQuery("update screen_sign_ins set ended_at = ?2 where token_hash = ?1 and ended_at is null")
                    .setParameter(1, hash(token)).setParameter(2, Timestamp.from(now)).executeUpdate();
        }
    }

    /** Tickets not used for a day (ended ones included) are of no use to anyone: deleted, so the table stays small. */
    public int deleteOld(Instant now) {
        return em.createNativeQuery("delete from screen_sign_ins where last_seen_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
