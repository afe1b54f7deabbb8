package org.realtycrm.lead.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface PondRepository {

    List<Pond> all();

    Optional<Pond> find(long id);

    void add(Pond pond);

    void remove(Pond pond);

    boolean nameTaken(String name, Long exceptId);

    /** The ponds a user is in. */
    List<Pond> ofMember(long userId);

    /** The live leads waiting in a pond, oldest first. */
    Page<Lead> leadsIn(long pondId, PageRequest page);

    /**
     * Gives a lead waiting in a pond to the agent, if it still waits there: one statement, so of two agents claiming
     * at once exactly one wins.
     *
     * @return whether this claim won
     */
    boolean claim(long leadId, long pondId, long agentId, Instant now, Instant contactDue);
}
