package org.realtycrm.lead.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.realtycrm.identity.entity.EmailAddress;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.lead.entity.LeadQuery;
import org.realtycrm.lead.entity.LeadRepository;
import org.realtycrm.lead.entity.LeadSort;
import org.realtycrm.lead.entity.LeadVisibility;
import org.realtycrm.lead.entity.PhoneNumbers;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.persistence.Contains;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.FieldCiphers;

@ApplicationScoped
public class JpaLeadRepository implements LeadRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    LeadTotals totals;

    @Inject
    PhoneNumbers phoneNumbers;

    @Override
    public Optional<Lead> find(long id, LeadVisibility visibility) {
        return findAll(List.of(id), visibility).stream().findFirst();
    }

    @Override
    public List<Lead> findAll(Collection<Long> ids, LeadVisibility visibility) {
        return em.createQuery("select l from Lead l left join fetch l.assignedAgent "
                        + "where l.id in :ids and l.deletedAt is null", Lead.class)
                .setParameter("ids", ids)
                .getResultStream()
                .filter(visibility::allows)
                .toList();
    }

    @Override
    public Page<Lead> search(LeadQuery query, LeadVisibility visibility, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        // Two steps so that paging happens in SQL: ids of the page first, then the leads with agent and phones.
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Lead> lead = ids.from(Lead.class);
        ids.select(lead.get("id")).where(filters(cb, lead, query, visibility)).orderBy(order(cb, lead, query.sort()));
        List<Long> pageIds = em.createQuery(ids).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();

        long total = count(query, visibility);

        if (pageIds.isEmpty()) {
            return Page.of(List.of(), total, page);
        }
        List<Lead> loaded = em.createQuery("select l from Lead l left join fetch l.assignedAgent "
                        + "where l.id in :ids", Lead.class)
                .setParameter("ids", pageIds)
                .getResultList();
        Map<Long, Lead> byId = loaded.stream().collect(Collectors.toMap(Lead::getId, Function.identity()));
        return Page.of(pageIds.stream().map(byId::get).filter(Objects::nonNull).toList(), total, page);
    }

    @Override
    public void forEachChunk(LeadQuery query, LeadVisibility visibility, int chunkSize,
            Consumer<List<Lead>> handler) {
        // the ids in order first (a long each: 100,000 leads are under a megabyte), then the leads a chunk at a time
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Lead> lead = ids.from(Lead.class);
        ids.select(lead.get("id")).where(filters(cb, lead, query, visibility)).orderBy(order(cb, lead, query.sort()));
        List<Long> all = em.createQuery(ids).getResultList();
        for (int from = 0; from < all.size(); from += chunkSize) {
            // read again through the rule of every read: a lead deleted or given away meanwhile is left out
            Map<Long, Lead> byId = findAll(all.subList(from, Math.min(all.size(), from + chunkSize)), visibility)
                    .stream().collect(Collectors.toMap(Lead::getId, Function.identity()));
            List<Lead> chunk = all.subList(from, Math.min(all.size(), from + chunkSize)).stream().map(byId::get)
                    .filter(Objects::nonNull).toList();
            handler.accept(chunk);
            chunk.forEach(em::detach);
        }
    }

    @Override
    public long changeVersion() {
        return ((Number) em.createNativeQuery("select sum(version) from lead_changes").getSingleResult())
                .longValue();
    }

    @Override
    public long count(LeadQuery query, LeadVisibility visibility) {
        long changeVersion = changeVersion();
        OptionalLong known = totals.get(query, visibility, changeVersion);
        if (known.isPresent()) {
            return known.getAsLong();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Lead> counted = count.from(Lead.class);
        count.select(cb.count(counted)).where(filters(cb, counted, query, visibility));
        long total = em.createQuery(count).getSingleResult();
        totals.remember(query, visibility, changeVersion, total);
        return total;
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<Lead> lead, LeadQuery query,
            LeadVisibility visibility) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(lead.get("deletedAt")));
        if (visibility.isRestricted()) {
            where.add(lead.get("assignedAgent").get("id").in(visibility.agentIds()));
        }
        if (!query.statuses().isEmpty()) {
            where.add(lead.get("status").in(query.statuses()));
        }
        if (!query.temperatures().isEmpty()) {
            where.add(lead.get("temperature").in(query.temperatures()));
        }
        if (query.source() != null && !query.source().isBlank()) {
            // lower(source) is what leads_source_idx indexes
            where.add(cb.equal(cb.lower(lead.get("source")), query.source().strip().toLowerCase(Locale.ROOT)));
        }
        if (query.assignedTo() != null) {
            where.add(query.assignedTo() == 0
                    ? cb.isNull(lead.get("assignedAgent"))
                    : cb.equal(lead.get("assignedAgent").get("id"), query.assignedTo()));
        }
        if (query.createdSince() != null) {
            where.add(cb.greaterThanOrEqualTo(lead.<Instant>get("createdAt"), query.createdSince()));
        }
        if (query.followUpBefore() != null) {
            where.add(cb.lessThan(lead.<Instant>get("nextFollowUpAt"), query.followUpBefore()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add(textMatches(cb, lead, query.text()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * A whole email address or phone number is looked up exactly, through its blind index (email and phones are
     * sealed): "(212) 736-5000" finds +12127365000, a part of a number or address finds nothing. Any other text is
     * looked for in the names (trigram index). A name holds no '@' and no phone number, so the two never mix.
     */
    private Predicate textMatches(CriteriaBuilder cb, Root<Lead> lead, String text) {
        Optional<String> email = exactEmail(text);
        if (email.isPresent()) {
            return cb.equal(lead.get("emailIndex"), email.get());
        }
        Optional<String> number = exactPhone(text);
        if (number.isPresent()) {
            // the holder first, from the number's unique index: as a subquery the planner would scan every lead
            List<Long> holders = leadsWithNumber(number.get());
            return holders.isEmpty() ? cb.disjunction() : lead.get("id").in(holders);
        }
        return Contains.text(cb, lead.get("searchText"), text);
    }

    private List<Long> leadsWithNumber(String number) {
        return ((List<?>) em.createNativeQuery("select lead_id from lead_phones where number_index = ?1 "
                        + "and not lead_deleted")
                .setParameter(1, FieldCiphers.current().blindIndex(FieldCipher.PHONE, number))
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static Optional<String> exactEmail(String text) {
        if (!text.contains("@")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(EmailAddress.normalize("text", text));
        } catch (InvalidInputException notAnEmail) {
            return Optional.empty();
        }
    }

    private Optional<String> exactPhone(String text) {
        if (!text.strip().matches("[0-9+().\\s-]{7,}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(phoneNumbers.toE164("text", text));
        } catch (InvalidInputException notANumber) {
            return Optional.empty();
        }
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Lead> lead, LeadSort sort) {
        Expression<?> field = lead.get(sort.field().name());
        Path<Object> id = lead.get("id");
        return sort.descending() ? List.of(cb.desc(field), cb.desc(id)) : List.of(cb.asc(field), cb.asc(id));
    }

    @Override
    public Lead add(Lead lead) {
        em.persist(lead);
        return lead;
    }

    // The duplicate checks run while the edited lead is still unflushed: with the default AUTO flush mode the
    // query would first write the edit and trip the unique index instead of naming the duplicate.
    @Override
    public Optional<Lead> findLiveByEmail(String email, Long exceptId) {
        return em.createQuery("select l from Lead l where l.emailIndex = :email and l.deletedAt is null "
                        + "and (:except is null or l.id <> :except)", Lead.class)
                .setParameter("email", email)
                .setParameter("except", exceptId)
                .setFlushMode(FlushModeType.COMMIT) // see the lead as stored, not as being edited
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PhoneMatch> findLiveByPhone(Collection<String> numbers, Long exceptId) {
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        // the numbers are sealed: they are found by their blind indexes, and the index says which one matched
        FieldCipher cipher = FieldCiphers.current();
        Map<String, String> byIndex = numbers.stream().distinct()
                .collect(Collectors.toMap(number -> cipher.blindIndex(FieldCipher.PHONE, number), number -> number));
        List<?> rows = em.createNativeQuery("select p.lead_id, p.number_index from lead_phones p "
                        + "where p.number_index in (:indexes) and not p.lead_deleted and (cast(:except as bigint) is null "
                        + "or p.lead_id <> cast(:except as bigint)) limit 1")
                .setParameter("indexes", byIndex.keySet())
                .setParameter("except", exceptId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Lead lead = em.find(Lead.class, ((Number) row[0]).longValue());
        return Optional.of(new PhoneMatch(lead, byIndex.get((String) row[1])));
    }

    @Override
    public Long lockLastRoutedAgent() {
        Object last = em.createNativeQuery("select last_agent_id from lead_routing where id = 1 for update")
                .getSingleResult();
        return last == null ? null : ((Number) last).longValue();
    }

    @Override
    public Long lastRoutedAgent() {
        Object last = em.createNativeQuery("select last_agent_id from lead_routing where id = 1").getSingleResult();
        return last == null ? null : ((Number) last).longValue();
    }

    @Override
    public void recordLastRoutedAgent(long agentId) {
        em.createNativeQuery("update lead_routing set last_agent_id = ?1 where id = 1")
                .setParameter(1, agentId)
                .executeUpdate();
    }
}
