package org.realtycrm.mls.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.mls.entity.Member;
import org.realtycrm.mls.entity.MemberRepository;

@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public Optional<Member> find(long feedId, String memberKey) {
        // answered by the unique index (feed_id, member_key)
        return em.createQuery("select m from Member m where m.feedId = :feed and m.memberKey = :key", Member.class)
                .setParameter("feed", feedId)
                .setParameter("key", memberKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, Member> findByKeys(long feedId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Member m where m.feedId = :feed and m.memberKey in :keys", Member.class)
                .setParameter("feed", feedId)
                .setParameter("keys", keys)
                .getResultStream()
                .collect(Collectors.toMap(Member::getMemberKey, Function.identity()));
    }

    @Override
    public void add(Member member) {
        em.persist(member);
    }
}
