package org.realtycrm.property.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.property.entity.LeadProperty;
import org.realtycrm.property.entity.LeadPropertyRelation;
import org.realtycrm.property.entity.LeadPropertyRepository;

@ApplicationScoped
public class JpaLeadPropertyRepository implements LeadPropertyRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public boolean link(LeadProperty link) {
        // one statement, so that two agents linking the same pair at once store it once
        int inserted = em.createNativeQuery("insert into lead_properties (lead_id, property_id, relation, created_at, "
                        + "created_by_id) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (lead_id, property_id, relation) do nothing")
                .setParameter(1, link.getLeadId())
                .setParameter(2, link.getPropertyId())
                .setParameter(3, link.getRelation().name())
                .setParameter(4, link.getCreatedAt())
                .setParameter(5, link.getCreatedById())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public boolean unlink(long leadId, long propertyId, LeadPropertyRelation relation) {
        return em.createQuery("delete from LeadProperty l where l.leadId = :lead and l.propertyId = :property "
                        + "and l.relation = :relation")
                .setParameter("lead", leadId)
                .setParameter("property", propertyId)
                .setParameter("relation", relation)
                .executeUpdate() == 1;
    }

    @Override
    public List<LeadProperty> forLead(long leadId) {
        return em.createQuery("select l from LeadProperty l where l.leadId = :lead order by l.createdAt desc, l.id desc",
                        LeadProperty.class)
                .setParameter("lead", leadId)
                .getResultList();
    }

    @Override
    public List<LeadProperty> forProperty(long propertyId) {
        // lead_properties_property_idx
        return em.createQuery("select l from LeadProperty l where l.propertyId = :property "
                        + "order by l.createdAt desc, l.id desc", LeadProperty.class)
                .setParameter("property", propertyId)
                .getResultList();
    }
}
