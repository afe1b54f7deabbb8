package org.realtycrm.campaign.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.campaign.entity.ConversationText;
import org.realtycrm.campaign.entity.InboundText;
import org.realtycrm.campaign.entity.OutboxText;

/** A lead's texts both ways, in the order they happened: what the conversation view shows. */
@ApplicationScoped
public class Conversations {

    /** The most texts one answer holds: the latest ones. */
    public static final int MAX_TEXTS = 500;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The lead's latest texts, oldest first. */
    public List<ConversationText> of(long leadId) {
        List<ConversationText> texts = new ArrayList<>();
        em.createQuery("select t from OutboxText t where t.leadId = :lead order by t.createdAt desc, t.id desc",
                        OutboxText.class)
                .setParameter("lead", leadId).setMaxResults(MAX_TEXTS)
                .getResultStream().map(ConversationText::of).forEach(texts::add);
        em.createQuery("select t from InboundText t where t.leadId = :lead order by t.receivedAt desc, t.id desc",
                        InboundText.class)
                .setParameter("lead", leadId).setMaxResults(MAX_TEXTS)
                .getResultStream().map(ConversationText::of).forEach(texts::add);
        texts.sort(Comparator.comparing(ConversationText::at).thenComparing(ConversationText::inbound)
                .thenComparingLong(ConversationText::id));
        return texts.size() <= MAX_TEXTS ? texts : texts.subList(texts.size() - MAX_TEXTS, texts.size());
    }
}
