package org.realtycrm.campaign.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.realtycrm.campaign.boundary.CampaignReport;
import org.realtycrm.campaign.entity.Campaign;
import org.realtycrm.campaign.entity.CampaignStep;
import org.realtycrm.campaign.entity.StepAction;

/**
 * Counts a campaign's figures from what was recorded: its sends, the outbox's carrier reports, SendGrid's events,
 * the texts received, the enrolments' ends. A few set-based queries per report, whatever the campaign's size.
 */
@ApplicationScoped
public class CampaignFigures {

    private static final String STEPS = "select x.step_id,"
            + " count(*) filter (where x.status in ('SENT', 'MAILED')),"
            + " count(*) filter (where ot.carrier_status = 'delivered' or exists (select 1 from mail_events me"
            + "  where me.outbox_mail_id = x.outbox_mail_id and me.event = 'delivered')),"
            + " count(*) filter (where exists (select 1 from mail_events me where me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event = 'open')),"
            + " count(*) filter (where exists (select 1 from mail_events me where me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event = 'click')),"
            + " count(*) filter (where x.status = 'HELD'),"
            + " count(*) filter (where x.status = 'REFUSED'),"
            + " count(*) filter (where x.status = 'FAILED'),"
            + " count(*) filter (where x.status = 'SKIPPED'),"
            + " count(*) filter (where x.status in ('QUEUED', 'RETRYING', 'AWAITING_BATCH')),"
            + " coalesce(sum(x.cost), 0)"
            + " from campaign_sends x left join outbox_texts ot on ot.id = x.outbox_text_id"
            + " where x.campaign_id = ? group by x.step_id";

    /**
     * What leads wrote us, by text or by email: a message, or an opt-out (STOP; an email saying only "unsubscribe").
     * Machines' mail, spam and HELP are nobody's answer.
     */
    private static final String ANSWERS = "select 'SMS' as channel, t.id, t.lead_id, t.keyword as kind, t.received_at"
            + " from inbound_texts t where t.keyword in ('MESSAGE', 'OPT_OUT')"
            + " union all select 'EMAIL', m.id, m.lead_id, m.kind, m.received_at"
            + " from inbound_mails m where m.kind in ('MESSAGE', 'OPT_OUT')";

    /** Each answer a campaign lead sent after a send reached them, with the last step that did. */
    private static final String ANSWERED = "select distinct on (r.channel, r.id) x.step_id, x.lead_id, r.kind"
            + " from (" + ANSWERS + ") r join campaign_sends x on x.lead_id = r.lead_id and x.campaign_id = ?"
            + "  and x.sent_at is not null and x.sent_at <= r.received_at"
            + " order by r.channel, r.id, x.sent_at desc";

    private static final String REPLIED = "select a.step_id, count(distinct a.lead_id) from (" + ANSWERED + ") a"
            + " where a.kind = 'MESSAGE' group by a.step_id";

    /**
     * Leads who opted out, each once a step: by writing (STOP, an email saying "unsubscribe"), counted for the last
     * step that reached them; or of an email of the step (its unsubscribe link, SendGrid's unsubscribe or a spam
     * report of that very email), also after the campaign had ended for them.
     */
    private static final String OPTED_OUT = "select o.step_id, count(distinct o.lead_id) from ("
            + " select a.step_id, a.lead_id from (" + ANSWERED + ") a where a.kind = 'OPT_OUT'"
            + " union select x.step_id, x.lead_id from campaign_sends x where x.campaign_id = ?"
            + "  and (x.unsubscribed_at is not null or exists (select 1 from mail_events me"
            + "  where me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event in ('unsubscribe', 'group_unsubscribe', 'spamreport')))) o group by o.step_id";

    private static final String SUPPRESSED = "select x.step_id, r ->> 'reason', count(*) from campaign_sends x,"
            + " jsonb_array_elements(x.refusal) r where x.campaign_id = ? and x.status = 'REFUSED'"
            + " group by x.step_id, r ->> 'reason'";

    private static final String VARIANTS = "select x.step_id, x.variant, count(*) filter (where x.status = 'SENT'),"
            + " count(*) filter (where exists (select 1 from mail_events me where me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event = 'open')),"
            + " count(*) filter (where exists (select 1 from mail_events me where me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event = 'click'))"
            + " from campaign_sends x where x.campaign_id = ? and x.variant is not null group by x.step_id, x.variant";

    private static final String ENROLLED = "select count(*), count(*) filter (where status = 'ACTIVE'),"
            + " count(*) filter (where status = 'COMPLETED'), count(*) filter (where status = 'EXITED')"
            + " from campaign_enrollments where campaign_id = ?";

    /** Responders: leads who wrote back (a text or an email) after the campaign reached them, or clicked its email. */
    private static final String RESPONDING_LEADS = "select x.lead_id from campaign_sends x join (" + ANSWERS + ") r"
            + "  on r.lead_id = x.lead_id and r.kind = 'MESSAGE' and r.received_at >= x.sent_at where x.campaign_id = ?"
            + " union select x.lead_id from campaign_sends x join mail_events me on me.outbox_mail_id = x.outbox_mail_id"
            + "  and me.event = 'click' where x.campaign_id = ?";

    private static final String RESPONDERS = "select count(*) from (" + RESPONDING_LEADS + ") r";

    /** Responses to the social audiences run with the campaign: their list's rows answered since attached. */
    private static final String AUDIENCE_RESPONSES = "select count(*) from campaign_audiences a"
            + " join pipeline_exports pe on pe.id = a.export_id join pipeline_rows r on r.pull_id = pe.pull_id"
            + " where a.campaign_id = ? and r.responded_at >= a.attached_at";

    /**
     * The leads the campaign brought in: owners on an attached audience's list who answered after it was attached
     * and became new leads by answering (not rows merged into a lead the brokerage had already).
     */
    private static final String CREATED_LEADS = "select distinct l.id, l.created_at, l.source"
            + " from campaign_audiences a join pipeline_exports pe on pe.id = a.export_id"
            + " join pipeline_rows r on r.pull_id = pe.pull_id and r.lead_outcome = 'CREATED'"
            + "  and r.responded_at >= a.attached_at"
            + " join leads l on l.id = r.lead_id and l.created_at >= a.attached_at where a.campaign_id = ?";

    private static final String CREATED = "select count(*) from (" + CREATED_LEADS + ") c";

    /** The leads the campaign produced, each once: its responders and the leads its audiences created. */
    private static final String LEADS_PRODUCED = "select count(*) from (" + RESPONDING_LEADS
            + " union select c.id from (" + CREATED_LEADS + ") c) p";

    private static final String SENT_BY_DAY = "select (x.sent_at at time zone ?)::date, l.source, count(*)"
            + " from campaign_sends x join leads l on l.id = x.lead_id"
            + " where x.campaign_id = ? and x.status in ('SENT', 'MAILED') group by 1, 2";

    private static final String CREATED_BY_DAY = "select (c.created_at at time zone ?)::date, c.source, count(*)"
            + " from (" + CREATED_LEADS + ") c group by 1, 2";

    private static final String RESPONDED_BY_DAY = "select (r.received_at at time zone ?)::date, l.source,"
            + " count(distinct r.lead_id) from (" + ANSWERS + ") r join leads l on l.id = r.lead_id"
            + " where r.kind = 'MESSAGE' and exists (select 1 from campaign_sends x where x.lead_id = r.lead_id"
            + "  and x.campaign_id = ? and x.sent_at <= r.received_at) group by 1, 2";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    String timeZone;

    public CampaignReport report(Campaign campaign) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            long id = campaign.getId();
            Map<Long, long[]> counts = new HashMap<>();
            Map<Long, BigDecimal> costs = new HashMap<>();
            eachRow(connection, STEPS, rows -> {
                long[] figures = new long[9];
                for (int i = 0; i < figures.length; i++) {
                    figures[i] = rows.getLong(i + 2);
                }
                counts.put(rows.getLong(1), figures);
                costs.put(rows.getLong(1), rows.getBigDecimal(11));
            }, id);
            Map<Long, Long> replied = new HashMap<>();
            Map<Long, Long> optedOut = new HashMap<>();
            eachRow(connection, REPLIED, rows -> replied.put(rows.getLong(1), rows.getLong(2)), id);
            eachRow(connection, OPTED_OUT, rows -> optedOut.put(rows.getLong(1), rows.getLong(2)), id, id);
            Map<Long, Map<String, Long>> suppressed = new HashMap<>();
            eachRow(connection, SUPPRESSED, rows -> suppressed.computeIfAbsent(rows.getLong(1),
                    step -> new TreeMap<>()).put(rows.getString(2), rows.getLong(3)), id);
            Map<Long, Map<String, long[]>> variants = new HashMap<>();
            eachRow(connection, VARIANTS, rows -> variants.computeIfAbsent(rows.getLong(1), step -> new TreeMap<>())
                    .put(rows.getString(2), new long[] {rows.getLong(3), rows.getLong(4), rows.getLong(5)}), id);
            List<CampaignReport.StepFigures> figures = new ArrayList<>();
            long sent = 0;
            BigDecimal cost = BigDecimal.ZERO;
            for (CampaignStep step : campaign.getSteps()) {
                long[] c = counts.getOrDefault(step.getId(), new long[9]);
                BigDecimal stepCost = costs.getOrDefault(step.getId(), BigDecimal.ZERO);
                sent += c[0];
                cost = cost.add(stepCost);
                List<CampaignReport.VariantFigures> ab = new ArrayList<>();
                if (step.getAction() == StepAction.EMAIL && step.getTemplate().isAbTest()) {
                    Map<String, long[]> byVariant = variants.getOrDefault(step.getId(), Map.of());
                    for (String variant : List.of("A", "B")) {
                        long[] v = byVariant.getOrDefault(variant, new long[3]);
                        ab.add(new CampaignReport.VariantFigures(variant, variant.equals("A")
                                ? step.getTemplate().getSubject() : step.getTemplate().getSubjectB(), v[0], v[1], v[2]));
                    }
                }
                figures.add(new CampaignReport.StepFigures(step.getPosition(), step.getAction(), c[0], c[1], c[2],
                        c[3], replied.getOrDefault(step.getId(), 0L), optedOut.getOrDefault(step.getId(), 0L), c[4],
                        c[5], suppressed.getOrDefault(step.getId(), Map.of()), c[6], c[7], c[8], stepCost, ab));
            }
            long[] enrolled = longs(connection, ENROLLED, 4, id);
            long responders = longs(connection, RESPONDERS, 1, id, id)[0];
            long audience = longs(connection, AUDIENCE_RESPONSES, 1, id)[0];
            long created = longs(connection, CREATED, 1, id)[0];
            long produced = longs(connection, LEADS_PRODUCED, 1, id, id, id)[0];
            BigDecimal perLead = produced == 0 ? null
                    : cost.divide(BigDecimal.valueOf(produced), 4, RoundingMode.HALF_UP);
            CampaignReport.Totals totals = new CampaignReport.Totals(enrolled[0], enrolled[1], enrolled[2],
                    enrolled[3], sent, responders, audience, created, produced, cost, perLead);
            return new CampaignReport(id, campaign.getName(), totals, figures, days(connection, id));
        });
    }

    /** One day and lead source of the report: a key of the sends and responses counted for it. */
    private record DaySource(LocalDate day, String source) {
    }

    private List<CampaignReport.SourceDay> days(Connection connection, long id) throws SQLException {
        String zone = ZoneId.of(timeZone).getId();
        Map<DaySource, long[]> sentAndResponded = new TreeMap<>(Comparator.comparing(DaySource::day)
                .thenComparing(DaySource::source));
        String[] counted = {SENT_BY_DAY, RESPONDED_BY_DAY, CREATED_BY_DAY};
        for (int column = 0; column < counted.length; column++) {
            int into = column;
            eachRow(connection, counted[column], rows -> sentAndResponded.computeIfAbsent(
                    new DaySource(rows.getObject(1, LocalDate.class), rows.getString(2)),
                    key -> new long[counted.length])[into] += rows.getLong(3), zone, id);
        }
        return sentAndResponded.entrySet().stream().map(entry -> new CampaignReport.SourceDay(entry.getKey().day(),
                entry.getKey().source(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2])).toList();
    }

    /** What is read of each row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with the parameters in order and hands each row to {@code reader}. */
    private static void eachRow(Connection connection, String sql, RowReader reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    /** The first row's first {@code columns} numbers. */
    private static long[] longs(Connection connection, String sql, int columns, Object... parameters)
            throws SQLException {
        long[] values = new long[columns];
        eachRow(connection, sql, row -> {
            for (int i = 0; i < columns; i++) {
                values[i] = row.getLong(i + 1);
            }
        }, parameters);
        return values;
    }
}
