package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.MetricsText;
import org.realtycrm.it.support.MlsFeeds;
import org.realtycrm.it.support.PromQl;
import org.realtycrm.it.support.Prometheus;
import org.realtycrm.it.support.Unique;

import static org.realtycrm.it.support.LeadJson.newLead;

/**
 * Monitoring as an operator sets it up: the business figures on /metrics move with what happens, and a real
 * Prometheus loaded with server-config/monitoring/alerts.yml scrapes the server and evaluates every rule; every
 * metric the alerts and the Grafana dashboard read is one the server publishes (an alert on a misnamed metric
 * could never fire).
 */
class MonitoringIT extends CrmIT {

    private static final String APP = "mp_scope=\"application\"";
    private static long feedId;

    /** A feed, so that its lag gauge exists (one per feed); stopped at once, its server does not exist. */
    @BeforeAll
    static void aStoppedFeedExists() {
        feedId = admin().create(MlsFeeds.FEEDS, Json.createObjectBuilder()
                .add("name", "Monitoring " + Unique.word()).add("kind", "RESO_WEB_API")
                .add("baseUrl", "http://127.0.0.1:9/reso").add("secretRef", "crm.mls.secret.it-feed")
                .add("cadenceSeconds", 3600).add("requestsPerSecond", 1).add("requestsPerHour", 100)
                .add("pageSize", 100).build()).getJsonNumber("id").longValue();
        admin().post(MlsFeeds.FEEDS + "/" + feedId + "/disable", JsonObject.EMPTY_JSON_OBJECT).expect(200);
    }

    @Test
    void leadsImportsAndAnswersAreCounted() {
        MetricsText before = MetricsText.scrape();
        String run = Unique.word();
        adminLeads().create(newLead());
        admin().get("/api/v1/leads/987654321").expect(404);
        String csv = "First Name,Last Name,Email\n"
                + "Ann,Metric,ann." + run + "@it.realtycrm.test\n"
                + "Bob,Metric,bob." + run + "@it.realtycrm.test\n"
                + "Ann,Again,ann." + run + "@it.realtycrm.test\n"
                + "Cy,Metric,not-an-email\n"
                + "Di,Metric,di." + run + "@it.realtycrm.test\n";
        long importId = Imports.upload(admin(), "metrics.csv", csv).expect(202).json().getJsonNumber("id").longValue();
        assertThat(Imports.awaitFinished(admin(), importId, Duration.ofMinutes(2)).getString("status"))
                .isEqualTo("COMPLETED");
        MetricsText after = MetricsText.scrape();

        assertThat(increase(before, after, "crm_leads_created_total", "how=\"api\"")).isEqualTo(1);
        assertThat(increase(before, after, "crm_leads_created_total", "how=\"import\"")).isEqualTo(3);
        assertThat(increase(before, after, "crm_import_rows_total", "outcome=\"imported\"")).isEqualTo(3);
        assertThat(increase(before, after, "crm_import_rows_total", "outcome=\"duplicate\"")).isEqualTo(1);
        assertThat(increase(before, after, "crm_import_rows_total", "outcome=\"invalid\"")).isEqualTo(1);
        assertThat(increase(before, after, "crm_job_duration_seconds_count", "job=\"lead-import\"")).isEqualTo(1);
        assertThat(published(after, "crm_import_last_rows_per_second", APP)).isPositive();
        assertThat(increase(before, after, "crm_http_responses_total", "status=\"4xx\"")).isGreaterThanOrEqualTo(1);
        assertThat(increase(before, after, "crm_http_responses_total", "status=\"2xx\"")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void queuesDisksAndTimersAreMeasured() {
        MetricsText metrics = MetricsText.scrape();

        assertThat(published(metrics, "crm_jms_queue_depth", "queue=\"LeadAssigned\"")).as("browsed, not -1")
                .isNotNegative();
        assertThat(published(metrics, "crm_jms_dead_letters", APP)).as("the dead message queue browsed, not -1")
                .isNotNegative();
        for (String volume : List.of("logs", "documents")) {
            String label = "volume=\"" + volume + "\"";
            assertThat(published(metrics, "crm_disk_free_bytes", label)).as(volume).isPositive()
                    .isLessThanOrEqualTo(published(metrics, "crm_disk_size_bytes", label));
        }
        assertThat(published(metrics, "crm_timer_duration_seconds_count", "timer=\"mls-sync\"")).isNotNegative();
        assertThat(published(metrics, "mls_feed_lag_seconds", "feed=\"" + feedId + "\"")).as("never synced")
                .isEqualTo(-1);
        // the test profile checks follow-ups every 2 s
        Instant deadline = Instant.now().plusSeconds(30);
        while (MetricsText.scrape().valueOrZero("crm_timer_duration_seconds_count",
                "timer=\"follow-up-reminders\"") < 1) {
            assertThat(Instant.now()).as("a follow-up reminder run within 30 s").isBefore(deadline);
            Imports.pause(Duration.ofMillis(500));
        }
    }

    @Test
    void prometheusScrapesTheServerAndEvaluatesEveryAlertRule() {
        try (Prometheus prometheus = Prometheus.start(ItProperties.baseUrl().replaceFirst("^https?://", ""),
                monitoring("alerts.yml"))) {
            prometheus.await("query?query=up", data -> data.getJsonArray("result").stream()
                    .map(JsonValue::asJsonObject)
                    .anyMatch(series -> series.getJsonArray("value").getString(1).equals("1")), Duration.ofSeconds(60));
            JsonObject rules = prometheus.await("rules", data -> rules(data).stream()
                    .noneMatch(rule -> rule.getString("health").equals("unknown")), Duration.ofSeconds(60));
            assertThat(rules(rules)).as("the rules of alerts.yml").hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(rule -> assertThat(rule.getString("health")).as(rule.getString("name") + ": "
                            + rule.getString("lastError", "")).isEqualTo("ok"));
            JsonArray leads = prometheus.query("crm_leads_created_total{job=\"" + Prometheus.JOB + "\","
                    + "mp_scope=\"application\"}").getJsonArray("result");
            assertThat(leads).as("the series Prometheus stored from the scrape: one per way a lead comes in")
                    .extracting(series -> series.asJsonObject().getJsonObject("metric").getString("how"))
                    .containsExactlyInAnyOrder("api", "screen", "import", "demo", "list", "inbound");
        }
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsPublished() throws IOException {
        MetricsText scrape = MetricsText.scrape();
        Files.writeString(Path.of("target", "metrics-scrape.txt"), scrape.text()); // to read when this fails
        Set<String> published = scrape.names();
        TreeMap<String, Set<String>> missing = new TreeMap<>();
        List<String> expressions = new ArrayList<>(alertExpressions(Files.readString(monitoring("alerts.yml"))));
        expressions.addAll(dashboardExpressions(monitoring("grafana-dashboard.json")));
        assertThat(expressions).hasSizeGreaterThan(10);
        for (String expression : expressions) {
            Set<String> unknown = new TreeSet<>(PromQl.metricNames(expression));
            unknown.remove("up"); // Prometheus's own, per target
            unknown.removeAll(published);
            unknown.forEach(name -> missing.computeIfAbsent(name, n -> new TreeSet<>()).add(expression.strip()));
        }

        assertThat(missing).as("metrics named in alerts.yml or grafana-dashboard.json that /metrics does not "
                + "publish (the alert or panel could never show anything)").isEmpty();
    }

    private static double published(MetricsText metrics, String name, String label) {
        assertThat(metrics.value(name, label, APP)).as(name + "{" + label + "} published").isPresent();
        return metrics.value(name, label, APP).getAsDouble();
    }

    private static double increase(MetricsText before, MetricsText after, String name, String label) {
        assertThat(after.value(name, label, APP)).as(name + "{" + label + "} published").isPresent();
        return after.valueOrZero(name, label, APP) - before.valueOrZero(name, label, APP);
    }

    private static List<JsonObject> rules(JsonObject data) {
        return data.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .flatMap(group -> group.getJsonArray("rules").stream().map(JsonValue::asJsonObject)).toList();
    }

    private static Path monitoring(String file) {
        return Path.of(System.getProperty("it.monitoring.dir", "../server-config/monitoring")).resolve(file);
    }

    /** The {@code expr:} of every rule, on one line or as a block ({@code expr: |}). */
    static List<String> alertExpressions(String yaml) {
        List<String> expressions = new ArrayList<>();
        String[] lines = yaml.split("\n");
        Pattern expr = Pattern.compile("^(\\s*)expr:\\s*(.*)$");
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = expr.matcher(lines[i]);
            if (!matcher.matches()) {
                continue;
            }
            String value = matcher.group(2).strip();
            if (!value.equals("|") && !value.equals(">")) {
                expressions.add(value);
                continue;
            }
            StringBuilder block = new StringBuilder();
            int indent = matcher.group(1).length();
            while (i + 1 < lines.length && (lines[i + 1].isBlank()
                    || lines[i + 1].length() - lines[i + 1].stripLeading().length() > indent)) {
                block.append(lines[++i].strip()).append('\n');
            }
            expressions.add(block.toString());
        }
        return expressions;
    }

    /** Every {@code expr} of the dashboard's panels. */
    private static List<String> dashboardExpressions(Path dashboard) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(dashboard)))) {
            List<String> expressions = new ArrayList<>();
            collect(reader.readObject(), expressions);
            return expressions;
        }
    }

    private static void collect(JsonValue value, List<String> expressions) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (key.equals("expr") && member.getValueType() == JsonValue.ValueType.STRING) {
                    expressions.add(object.getString("expr"));
                } else {
                    collect(member, expressions);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(member -> collect(member, expressions));
        }
    }
}
