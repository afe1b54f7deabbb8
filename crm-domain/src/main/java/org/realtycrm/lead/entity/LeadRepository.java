package org.realtycrm.lead.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface LeadRepository {

    /** A live (not deleted) lead the visibility allows, else empty. */
    Optional<Lead> find(long id, LeadVisibility visibility);

    /** The live leads among {@code ids} that the visibility allows, in one read; the others are simply absent. */
    List<Lead> findAll(Collection<Long> ids, LeadVisibility visibility);

    Page<Lead> search(LeadQuery query, LeadVisibility visibility, PageRequest page);

    /**
     * Every live lead the query finds and the visibility allows, in the query's order, handed over a chunk at a time;
     * each chunk's leads are detached once handled, so any number of leads takes little memory. A lead deleted or
     * given away while the chunks are read is left out.
     */
    void forEachChunk(LeadQuery query, LeadVisibility visibility, int chunkSize, Consumer<List<Lead>> handler);

    /** The lead change counter: moves, in the same transaction, with every change to leads (V2 migration). */
    long changeVersion();

    /** How many live leads match, exactly; the same figure as {@code search(...).total()}. */
    long count(LeadQuery query, LeadVisibility visibility);

    Lead add(Lead lead);

    /** A live lead, other than {@code exceptId}, with this email. Ignores visibility: duplicates are global. */
    Optional<Lead> findLiveByEmail(String email, Long exceptId);

    /** A live lead, other than {@code exceptId}, with one of these E.164 numbers, and the number it matched. */
    Optional<PhoneMatch> findLiveByPhone(Collection<String> numbers, Long exceptId);

    /** A lead found by one of its numbers. */
    record PhoneMatch(Lead lead, String number) {
    }

    /**
     * Locks the round-robin pointer for the rest of the transaction and returns the agent whose turn was last,
     * or {@code null} before the first routing.
     */
    Long lockLastRoutedAgent();

    /** Whose turn it was last, read without taking the turn (the rule test). */
    Long lastRoutedAgent();

    void recordLastRoutedAgent(long agentId);
}
