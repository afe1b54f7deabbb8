package org.realtycrm.integration.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.integration.entity.IntakeSourceRepository;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The sources of inbound leads, kept by admins: each gets a key and a secret to sign its deliveries with. The secret
 * is shown once, when it is made (at creation, and at each rotation); a lost secret is replaced, never shown again.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class IntakeSources {

    /** A source with the secret just made for it: the only time the secret leaves the server. */
    public record WithSecret(IntakeSource source, String secret) {

        /** Without the secret, should it ever be logged. */
        @Override
        public String toString() {
            return "WithSecret[source=" + source.getKeyId() + "]";
        }
    }

    @Inject
    IntakeSourceRepository sources;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public List<IntakeSource> all() {
        return sources.findAll();
    }

    public IntakeSource find(long id) {
        return sources.find(id).orElseThrow(() -> new RecordNotFoundException("intake source", id));
    }

    /** @param leadSource the source its leads get ("Website"); the source's name when blank */
    public WithSecret create(String name, String leadSource) {
        IntakeSource.Issued issued = IntakeSource.issue(name, leadSource, caller.user().getId());
        IntakeSource source = issued.source();
        if (sources.nameTaken(source.getName(), null)) {
            throw new ConflictException("an intake source named " + source.getName() + " already exists");
        }
        sources.add(source);
        audit(source, ActivityAction.INTAKE_SOURCE_CREATED, "Intake source " + source.getName() + " created (key "
                + source.getKeyId() + ", leads from \"" + source.getLeadSource() + "\")");
        return new WithSecret(source, issued.secret());
    }

    /** A new secret: deliveries signed with the old one are refused from now on. */
    public WithSecret rotateSecret(long id) {
        IntakeSource source = find(id);
        if (!source.isActive()) {
            throw new ConflictException("intake source " + source.getName() + " is deactivated");
        }
        String secret = source.rotateSecret();
        audit(source, ActivityAction.INTAKE_SECRET_ROTATED, "Intake source " + source.getName()
                + ": secret replaced");
        return new WithSecret(source, secret);
    }

    /** Refuses its deliveries from now on; its leads stay. Deactivating twice changes nothing. */
    public IntakeSource deactivate(long id) {
        IntakeSource source = find(id);
        if (source.isActive()) {
            source.deactivate();
            audit(source, ActivityAction.INTAKE_SOURCE_DEACTIVATED, "Intake source " + source.getName()
                    + " deactivated");
        }
        return source;
    }

    private void audit(IntakeSource source, ActivityAction action, String summary) {
        activities.record(caller.user(), SubjectType.INTAKE_SOURCE, source.getId(), action, summary, Map.of());
    }
}
