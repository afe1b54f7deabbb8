package org.realtycrm.identity.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface UserRepository {

    Optional<User> findById(long id);

    Optional<User> findByEmail(String normalizedEmail);

    User add(User user);

    Page<User> search(UserQuery query, PageRequest page);

    /** Active agents in id order: the order in which round-robin routing takes turns. */
    List<User> activeAgentsInTurnOrder();

    /** The users with these ids (those that exist), in id order. */
    List<User> findAll(Collection<Long> ids);

    /** Every active user who can own leads (agents and admins). */
    List<User> activeLeadOwners();

    long countActiveAdmins();
}
