package org.realtycrm.integration.boundary;

import java.util.Map;
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
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.integration.control.IntakeSettings;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.integration.entity.IntakeSourceRepository;

/**
 * The brokerage website's intake source, from the installation's configuration: the website's nodes are started
 * with the same key and secret (provision.sh makes both once), so the site's forms reach the core without an admin
 * copying a secret by hand. At every start the source is created, or its secret set to the configured one; both
 * are audited. A source an admin deactivated stays deactivated: the website's forms then say they cannot be sent.
 */
@Startup
@Singleton
@DependsOn("FirstAdministrator")
public class WebsiteIntakeSource {

    private static final Logger LOG = Logger.getLogger(WebsiteIntakeSource.class.getName());

    @Inject
    IntakeSourceRepository sources;

    @Inject
    ActivityRecorder activities;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = IntakeSettings.WEBSITE_KEY)
    Optional<String> key;

    @Inject
    @ConfigProperty(name = IntakeSettings.WEBSITE_SECRET)
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = IntakeSettings.WEBSITE_NAME, defaultValue = "Website")
    String name;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void matchTheConfiguration() {
        Optional<String> configuredKey = key.filter(k -> !k.isBlank());
        Optional<String> configuredSecret = secret.filter(s -> !s.isBlank());
        if (configuredKey.isEmpty() || configuredSecret.isEmpty()) {
            LOG.info("No website intake source configured (" + IntakeSettings.WEBSITE_KEY + ", "
                    + IntakeSettings.WEBSITE_SECRET + "): the website's forms cannot deliver inquiries");
            return;
        }
        // two servers starting together must not both create it
        em.createNativeQuery("select pg_advisory_xact_lock(4242002)").getSingleResult();
        Optional<IntakeSource> existing = sources.findByKey(configuredKey.get());
        if (existing.isPresent()) {
            IntakeSource source = existing.get();
            if (source.replaceSecret(configuredSecret.get())) {
                audit(source, ActivityAction.INTAKE_SECRET_ROTATED, "Intake source " + source.getName()
                        + ": secret taken from the installation's configuration");
            }
            return;
        }
        long administrator = em.createQuery("select u.id from User u where u.role = :admin order by u.id",
                Long.class).setParameter("admin", Role.ADMIN).setMaxResults(1).getSingleResult();
        IntakeSource source = IntakeSource.configured(uniqueName(), name, configuredKey.get(),
                configuredSecret.get(), administrator);
        sources.add(source);
        em.flush();
        audit(source, ActivityAction.INTAKE_SOURCE_CREATED, "Intake source " + source.getName() + " created from "
                + "the installation's configuration (key " + source.getKeyId() + ", leads from \""
                + source.getLeadSource() + "\")");
    }

    /** The configured name, or with the key's end when an admin's source already has it. */
    private String uniqueName() {
        if (!sources.nameTaken(name, null)) {
            return name;
        }
        String keyId = key.orElseThrow();
        return name + " (" + keyId.substring(keyId.length() - 6) + ")";
    }

    private void audit(IntakeSource source, ActivityAction action, String summary) {
        activities.record(null, SubjectType.INTAKE_SOURCE, source.getId(), action, summary, Map.of());
    }
}
