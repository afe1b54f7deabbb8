package org.realtycrm.integration.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.realtycrm.integration.entity.ApiClient;
import org.realtycrm.integration.entity.ApiClientRepository;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Override
    public ApiClient add(ApiClient client) {
        em.persist(client);
        em.flush(); // the id, for the audit entry
        return client;
    }

    @Override
    public Optional<ApiClient> find(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return em.createQuery("select c from ApiClient c where c.clientId = :id", ApiClient.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiClient> findAll() {
        return em.createQuery("select c from ApiClient c order by c.active desc, lower(c.name), c.id",
                ApiClient.class).getResultList();
    }

    @Override
    public void tokenGranted(long id, Instant at) {
        em.createQuery("update ApiClient c set c.lastTokenAt = :at where c.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    @Override
    public boolean nameTaken(String name) {
        return !em.createQuery("select c.id from ApiClient c where lower(c.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip())
                .getResultList().isEmpty();
    }
}
