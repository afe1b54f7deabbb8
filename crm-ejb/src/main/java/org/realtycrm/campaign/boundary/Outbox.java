package org.realtycrm.campaign.boundary;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.control.MailOutbox;
import org.realtycrm.campaign.entity.OutboxEntry;
import org.realtycrm.campaign.entity.OutboxMail;
import org.realtycrm.campaign.entity.OutboxMailRepository;
import org.realtycrm.campaign.entity.OutgoingMail;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.identity.entity.User;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;

/**
 * The outbox as the administrators see it: every message the product sent or kept, newest first, each with what it
 * said; and the test email that checks the mail settings, sent through the configured provider like any message.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Outbox {

    static final String TEST_CATEGORY = "test";

    @Inject
    OutboxMailRepository mails;

    @Inject
    MailOutbox outbox;

    @Inject
    ActivityRecorder activities;

    @Inject
    CurrentUser caller;

    public Page<OutboxEntry> page(PageRequest page) {
        return mails.page(page);
    }

    public OutboxMail find(long id) {
        return mails.find(id).orElseThrow(() -> new RecordNotFoundException("outbox mail", id));
    }

    /**
     * Sends a test email to {@code to} through the configured provider and answers its record: {@code SENT} when
     * the provider accepted it, {@code FAILED} with the provider's reason, {@code RECORDED} when the server only
     * keeps its mail. Each call is a message of its own. Audited, the recipient sealed as every email in the trail.
     *
     * @throws org.realtycrm.platform.problem.InvalidInputException for an address mail cannot be sent to
     */
    public OutboxMail sendTest(String to) {
        User admin = caller.user();
        OutgoingMail mail = OutgoingMail.to(to, null)
                .subject("Realty CRM test email")
                .text(TestMailText.plain(admin.getName()))
                .html(TestMailText.html(admin.getName()))
                .category(TEST_CATEGORY)
                .idempotencyKey(TEST_CATEGORY + ":" + UUID.randomUUID())
                .build();
        OutboxMail sent = outbox.send(mail);
        activities.record(admin, SubjectType.OUTBOX_MAIL, sent.getId(), ActivityAction.TEST_MAIL_SENT,
                "Test email through " + sent.getProvider() + ": " + sent.getStatus()
                        + (sent.isRetryable() ? " (retryable)" : ""),
                FieldChanges.created(Map.of("email", sent.getToAddress())));
        return sent;
    }
}
