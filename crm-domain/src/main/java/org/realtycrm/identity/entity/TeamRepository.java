package org.realtycrm.identity.entity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface TeamRepository {

    List<Team> all();

    Optional<Team> find(long id);

    void add(Team team);

    void remove(Team team);

    /** The members of every team this user leads (themselves among them), or none when they lead no team. */
    Set<Long> membersLedBy(long leaderId);

    boolean nameTaken(String name, Long exceptId);

    /** Locks the team's turn for this transaction and answers whose turn it was last, or {@code null}. */
    Long lockLastTurn(long teamId);

    /** Whose turn it was last, read without taking the turn (the rule test). */
    Long lastTurn(long teamId);

    void recordLastTurn(long teamId, long memberId);
}
