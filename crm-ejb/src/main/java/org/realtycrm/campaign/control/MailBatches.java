package org.realtycrm.campaign.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignSend;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.MailBatch;
import org.realtycrm.campaign.entity.StepAction;
import org.realtycrm.identity.entity.User;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.platform.csv.CsvExport;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.storage.DocumentStore;

/**
 * A direct-mail step's batch for the mail house, in the caller's transaction: every letter of the step that waits
 * for one goes in a CSV file (the pipeline's direct-mail columns, and the send's id as the reference the mail house
 * prints, so a response names its letter), kept in the document store; each letter is then MAILED in that batch,
 * with its cost. A lead without a whole postal address (the mailing address of the list row it came from, else the
 * property's) is skipped first, in a transaction of its own, and says why. Two batches of one step at once: the second
 * waits for the first's letters.
 */
@ApplicationScoped
public class MailBatches {

    static final String[] HEADER = {"Name", "Address Line 1", "Address Line 2", "City", "State", "ZIP",
        "Property Address", "Reference"};

    /** The latest list row of each waiting letter's lead: where its owner gets mail, and the property. */
    private static final String WAITING = "select x.id, a.mailing_street, a.mailing_city, a.mailing_state,"
            + " a.mailing_zip, a.unparsed_address, a.city, a.state_or_province, a.postal_code, l.first_name,"
            + " l.last_name"
            + " from campaign_sends x join leads l on l.id = x.lead_id left join lateral (select r.mailing_street, r.mailing_city, r.mailing_state,"
            + "  r.mailing_zip, p.unparsed_address, p.city, p.state_or_province, p.postal_code"
            + "  from pipeline_rows r join properties p on p.id = r.property_id where r.lead_id = x.lead_id"
            + "  order by r.pull_id desc, r.line desc limit 1) a on true"
            + " where x.step_id = ? and x.status = 'AWAITING_BATCH' order by x.id for update of x";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DocumentStore documents;

    @Inject
    ActivityRecorder activities;

    @Inject
    @ConfigProperty(name = CampaignSettings.PRICE_LETTER, defaultValue = "0.65")
    BigDecimal letterPrice;

    Clock clock = Clock.systemUTC();

    private record Letter(long sendId, String name, String street, String city, String state, String zip,
            String property) {

        boolean whole() {
            return street != null && city != null && state != null && zip != null;
        }
    }

    /**
     * Skips the step's waiting letters whose lead has no whole postal address, each on its lead's timeline, in a
     * transaction of its own: they stay skipped even when no batch can then be made. How many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int skipUnaddressed(Campaign campaign, CampaignStep step, User by) {
        int skipped = 0;
        for (Letter letter : waiting(step.getId())) {
            if (!letter.whole()) {
                CampaignSend send = em.find(CampaignSend.class, letter.sendId());
                send.skippedLetter("the lead has no whole postal address (street, city, state and ZIP)");
                onTimeline(send, campaign, step, "skipped: " + send.getNote(), by);
                skipped++;
            }
        }
        return skipped;
    }

    /** The step's waiting letters, every one with a whole address (see {@link #skipUnaddressed}), in a new batch. */
    public MailBatch make(Campaign campaign, CampaignStep step, User by) {
        requireLetters(step);
        List<Letter> whole = waiting(step.getId()).stream().filter(Letter::whole).toList();
        Instant now = clock.instant();
        if (whole.isEmpty()) {
            throw new ConflictException("step " + step.getPosition() + " of campaign " + campaign.getName()
                    + " has no letter with a whole postal address waiting for a batch");
        }
        String key = "campaigns/" + campaign.getId() + "/mail/" + UUID.randomUUID() + ".csv";
        store(key, whole);
        MailBatch batch = new MailBatch(campaign.getId(), step.getId(), key, whole.size(), by.getId(), now);
        try {
            em.persist(batch);
            em.flush();
            for (Letter letter : whole) {
                CampaignSend send = em.find(CampaignSend.class, letter.sendId());
                send.mailed(batch.getId(), letterPrice, now);
                onTimeline(send, campaign, step, "a letter in mail batch " + batch.getId() + " to " + letter.street()
                        + ", " + letter.city(), by);
            }
            em.flush();
        } catch (RuntimeException notRecorded) {
            documents.delete(key); // no record, no file
            throw notRecorded;
        }
        activities.record(by, SubjectType.CAMPAIGN, campaign.getId(), ActivityAction.MAIL_BATCH_CREATED,
                "Mail batch " + batch.getId() + " of step " + step.getPosition() + ": " + whole.size() + " letters",
                Map.of());
        return batch;
    }

    /** A batch is made of a direct-mail step's letters only. */
    public static void requireLetters(CampaignStep step) {
        if (step.getAction() != StepAction.DIRECT_MAIL) {
            throw new InvalidInputException("stepId", "step " + step.getPosition() + " sends " + step.getAction()
                    + ", not letters");
        }
    }

    private void onTimeline(CampaignSend send, Campaign campaign, CampaignStep step, String what, User by) {
        activities.record(by, SubjectType.LEAD, send.getLeadId(), ActivityAction.CAMPAIGN_SEND, "Campaign "
                + campaign.getName() + ", step " + step.getPosition() + " (DIRECT_MAIL): " + what, Map.of());
    }

    public void copy(MailBatch batch, OutputStream out) throws IOException {
        try (var content = documents.get(batch.getDocumentKey()).orElseThrow(() -> new IllegalStateException(
                "mail batch " + batch.getId() + ": its file " + batch.getDocumentKey() + " is missing"));
                InputStream in = content.stream()) {
            in.transferTo(out);
        }
    }

    private List<Letter> waiting(long stepId) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Letter> letters = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(WAITING)) {
                statement.setLong(1, stepId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        boolean mailing = rows.getString(2) != null && rows.getString(3) != null
                                && rows.getString(4) != null && rows.getString(5) != null;
                        String property = rows.getString(6) == null ? null
                                : rows.getString(6) + (rows.getString(7) == null ? "" : ", " + rows.getString(7));
                        String name = Lead.fullName(rows.getString(10), rows.getString(11));
                        letters.add(mailing
                                ? new Letter(rows.getLong(1), name, rows.getString(2), rows.getString(3),
                                        rows.getString(4), rows.getString(5), property)
                                : new Letter(rows.getLong(1), name, rows.getString(6), rows.getString(7),
                                        rows.getString(8), rows.getString(9), property));
                    }
                }
            }
            return letters;
        });
    }

    private void store(String key, List<Letter> letters) {
        documents.putWritten(key, "text/csv", out -> {
            try (CsvExport csv = CsvExport.to(out, HEADER)) {
                for (Letter letter : letters) {
                    csv.row(letter.name(), letter.street(), "", letter.city(), letter.state(), letter.zip(),
                            letter.property(), "CS-" + letter.sendId());
                }
            }
            return letters.size();
        });
    }
}
