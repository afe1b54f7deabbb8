package org.realtycrm.identity.boundary;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.IdentitySettings;
import org.realtycrm.identity.control.PasswordHasher;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.identity.entity.UserRepository;

/**
 * Makes sure a new installation can be administered: while no administrator exists, creates one from
 * {@code crm.admin.email} / {@code crm.admin.password} (environment CRM_ADMIN_EMAIL / CRM_ADMIN_PASSWORD), or with
 * a generated password that is logged once.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    ActivityRecorder activities;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = IdentitySettings.FIRST_ADMIN_EMAIL)
    String email;

    @Inject
    @ConfigProperty(name = IdentitySettings.FIRST_ADMIN_PASSWORD)
    Optional<String> password;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void ensureAnAdministratorExists() {
        // two servers starting together on an empty database must not both create one
        em.createNativeQuery("select pg_advisory_xact_lock(4242001)").getSingleResult();
        boolean anyAdmin = !em.createQuery("select u.id from User u where u.role = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).setMaxResults(1).getResultList().isEmpty();
        if (anyAdmin) {
            return;
        }
        String chosen = password.filter(p -> !p.isBlank()).orElseGet(FirstAdministrator::generatePassword);
        User admin = users.add(new User(email, "Administrator", Role.ADMIN, passwords.hash(chosen)));
        em.flush();
        activities.record(null, SubjectType.USER, admin.getId(), ActivityAction.USER_CREATED,
                "Created the first administrator", FieldChanges.created(admin.auditState()));
        if (password.filter(p -> !p.isBlank()).isPresent()) {
            LOG.info(() -> "Created the first administrator " + admin.getEmail() + " from configuration");
        } else {
            LOG.warning(() -> "FIRST ADMINISTRATOR CREATED: email " + admin.getEmail() + " password " + chosen
                    + " (shown once; change it after signing in)");
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
