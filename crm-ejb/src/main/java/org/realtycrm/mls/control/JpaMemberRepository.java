package org.realtycrm.mls.control;

import java.util.Optional;

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
    public void add(Member member) {
        em.persist(member);
    }
}
