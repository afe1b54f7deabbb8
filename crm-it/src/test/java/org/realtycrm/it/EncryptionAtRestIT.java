package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.realtycrm.it.support.CallingHours;
import org.realtycrm.it.support.Imports;
import org.realtycrm.it.support.IntakeSender;
import org.realtycrm.it.support.ItProperties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.MetricsText;
import org.realtycrm.it.support.Query;
import org.realtycrm.it.support.SendGridEvents;
import org.realtycrm.it.support.SendGridInbound;
import org.realtycrm.it.support.TwilioWebhook;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UsPhone;
import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.KeyRing;

/**
 * Contact data at rest: what the database holds for a lead made through the API and through an import (sealed
 * values, blind indexes, nothing in the clear in the search text or the audit trail), that the product still finds,
 * deduplicates and shows it, and that a key rotation moves every stored value to the new key while the server runs.
 */
class EncryptionAtRestIT extends CrmIT {

    private static final Path KEY_FILE = ItProperties.secretsDir().resolve("data-keys");

    @Test
    void aLeadsContactDataIsSealedInTheDatabaseAndStillFoundByItsWholeEmailOrNumber() throws SQLException {
        String local = "enc." + Unique.word();
        UsPhone phone = Unique.usPhone();
        JsonObject lead = adminLeads().create(newLead().email(local.toUpperCase(Locale.ROOT) + "@Example.com")
                .phone(phone.national()).notes("gate code 4471, call after six"));
        admin().post(Leads.path(lead) + "/notes", Json.createObjectBuilder().add("text", "prefers texts to calls")
                .build()).expect(201);

        String email = local + "@example.com";
        assertThat(lead.getString("email")).isEqualTo(email);
        List<String> stored = storedValues(id(lead));
        assertThat(stored).isNotEmpty().allSatisfy(value -> assertThat(value)
                .doesNotContain(local).doesNotContain(phone.digits().substring(3)).doesNotContain("gate code")
                .doesNotContain("prefers texts"));
        assertThat(single("select email from leads where id = ?", id(lead))).matches("v\\d+:[A-Za-z0-9+/=]+");
        assertThat(single("select email_index from leads where id = ?", id(lead))).hasSize(43);
        assertThat(single("select number from lead_phones where lead_id = ?", id(lead))).startsWith("v");

        assertThat(adminLeads().get(id(lead)).getString("notes")).isEqualTo("gate code 4471, call after six");
        assertThat(adminLeads().list("q", email.toUpperCase(Locale.ROOT)).expect(200).ids()).containsExactly(id(lead));
        assertThat(adminLeads().list("q", phone.dotted()).expect(200).ids()).containsExactly(id(lead));
        assertThat(adminLeads().list("q", phone.e164()).expect(200).ids()).containsExactly(id(lead));
        assertThat(adminLeads().list("q", local).expect(200).total()).as("a part of an address finds nothing").isZero();
        assertThatProblem(adminLeads().put(adminLeads().create(), json -> json.email(email.toUpperCase(Locale.ROOT))))
                .hasStatus(409);
        assertThatProblem(admin().post(Leads.LEADS, newLead().phone(phone.e164()).build())).hasStatus(409);
        JsonObject timeline = admin().get(Leads.path(lead) + "/activities").expect(200).json();
        assertThat(timeline.toString()).contains("prefers texts to calls").contains(email);
    }

    @Test
    void anImportSealsWhatItStoresAndRejectsDuplicatesByTheirBlindIndex() throws SQLException {
        String word = Unique.word();
        UsPhone shared = Unique.usPhone();
        String csv = "first name,last name,email,phone,notes\n"
                + "Ida," + word + ",ida." + word + "@example.com," + shared.national() + ",lockbox 12\n"
                + "Jo," + word + ",IDA." + word + "@example.com,,\n"
                + "Kai," + word + ",kai." + word + "@example.com," + shared.dotted() + ",\n"
                + "Lu," + word + ",lu." + word + "@,,\n";

        JsonObject accepted = Imports.upload(admin(), "sealed.csv", csv).expect(202).json();
        JsonObject done = Imports.awaitFinished(admin(), id(accepted), Duration.ofSeconds(60));

        assertThat(done.getJsonNumber("imported").longValue()).isEqualTo(1);
        List<JsonObject> rejects = admin().get(Imports.path(id(done)) + "/rejects").expect(200).items();
        assertThat(rejects).extracting(r -> r.getString("reason")).containsExactly(
                "duplicate of line 2 (same email)", "duplicate of line 2 (same phone)", "email: is not a valid email address");
        assertThat(rejects.get(2).getString("original")).isEqualTo("Lu," + word + ",lu." + word + "@,,");
        long ida = id(admin().get(Leads.LEADS + Query.of("q", "ida." + word + "@example.com")).expect(200)
                .items().get(0));
        assertThat(adminLeads().get(ida).getString("notes")).isEqualTo("lockbox 12");
        assertThat(storedValues(ida)).allSatisfy(value -> assertThat(value).doesNotContain("ida." + word)
                .doesNotContain("lockbox"));
        assertThat(single("select string_agg(original, '|') from lead_import_rejects where import_id = ?", id(done)))
                .doesNotContain(word);
    }

    @Test
    void aKeyRotatedWithTheOperatorsCommandMovesEveryStoredValueToTheNewKeyWhileTheServerRuns()
            throws SQLException, IOException, InterruptedException {
        JsonObject before = adminLeads().create(newLead().notes("sealed before the rotation"));
        // text that only looks sealed, in a field that is not: the re-sealing must neither touch it nor loop on it
        adminLeads().create(newLead().source("v1:landing page"));
        JsonObject website = admin().post("/api/v1/intake-sources", Json.createObjectBuilder()
                .add("name", "Rotation " + Unique.name()).build()).expect(201).json();
        // a message in the outbox (SendGrid is not there to take it: it is recorded, failed, sealed all the same)
        admin().post("/api/v1/outbox/test", Json.createObjectBuilder().add("to", Unique.email("rotation")).build())
                .expect(201);
        // a STOP by text (its reply recorded, sealed, though no Twilio is there to take it) and an email opt-out
        assertThat(TwilioWebhook.toServer().inboundMessage(CallingHours.newNumber("404"), "+15125550100", "STOP")
                .status()).isEqualTo(200);
        assertThat(SendGridEvents.post("[{\"email\": \"" + Unique.email("rotation") + "\", \"event\": \"spamreport\","
                + " \"sg_event_id\": \"" + Unique.word() + "\"}]").status()).isEqualTo(200);
        // an email from someone new: the email received, the lead it made and its timeline, all sealed
        assertThat(SendGridInbound.post(SendGridInbound.email(Unique.email("rotation"), "Re: rotation",
                "Sealed words")).status()).isEqualTo(200);
        int next = KeyRing.read(KEY_FILE).activeVersion() + 1;
        double resealedBefore = MetricsText.scrape().valueOrZero("crm_encryption_resealed_total");

        assertThat(dataKeys("rotate", KEY_FILE.toString())).contains("added key version " + next);

        String prefix = FieldCipher.prefix(next);
        awaitUntil(Duration.ofSeconds(90), () -> count("select count(*) from leads where not starts_with(email, ?) "
                + "or not starts_with(notes, ?)", prefix, prefix) == 0
                && count("select count(*) from lead_phones where not starts_with(number, ?)", prefix) == 0
                && count("""
                        select count(*) from activities a
                         cross join lateral jsonb_each(a.changes) f(field, change)
                         cross join lateral (values (f.change ->> 'from'), (f.change ->> 'to')) v(value)
                         where f.field in ('email', 'phones', 'notes', 'note', 'message', 'pageUrl')
                           and jsonb_typeof(f.change) = 'object'
                           and v.value ~ '^v[0-9]+:' and not starts_with(v.value, ?)""", prefix) == 0
                && count("select count(*) from lead_import_rejects where not starts_with(original, ?)", prefix) == 0
                && count("select count(*) from intake_sources where not starts_with(secret, ?)", prefix) == 0
                && count("select count(*) from pipeline_rows where not starts_with(contacts, ?) "
                        + "or not starts_with(extra, ?)", prefix, prefix) == 0
                && count("select count(*) from skip_trace_cache where not starts_with(contacts, ?)", prefix) == 0
                && count("select count(*) from outbox_mails where not starts_with(to_address, ?) "
                        + "or not starts_with(text_body, ?)", prefix, prefix) == 0
                && count("select count(*) from outbox_texts where not starts_with(to_phone, ?) "
                        + "or not starts_with(body, ?)", prefix, prefix) == 0
                && count("select count(*) from inbound_texts where not starts_with(from_phone, ?) "
                        + "or not starts_with(body, ?)", prefix, prefix) == 0
                && count("select count(*) from inbound_mails where not starts_with(from_address, ?) "
                        + "or not starts_with(subject, ?) or not starts_with(body, ?)", prefix, prefix, prefix) == 0
                && count("select count(*) from email_opt_outs where not starts_with(email, ?)", prefix) == 0);

        JsonObject after = adminLeads().get(id(before));
        assertThat(after.getString("email")).isEqualTo(before.getString("email"));
        assertThat(after.getString("notes")).isEqualTo("sealed before the rotation");
        assertThat(adminLeads().list("q", before.getString("email")).expect(200).ids()).containsExactly(id(before));
        assertThat(MetricsText.scrape().valueOrZero("crm_encryption_resealed_total")).isGreaterThan(resealedBefore);
        assertThat(MetricsText.scrape().valueOrZero("crm_encryption_key_version")).isEqualTo(next);
        JsonObject fresh = adminLeads().create(newLead());
        assertThat(single("select email from leads where id = ?", id(fresh))).startsWith(prefix);
        // the website's secret, re-sealed, still signs: its deliveries go on through a rotation
        new IntakeSender(website.getString("key"), website.getString("secret")).deliver(Json.createObjectBuilder()
                .add("kind", "CONTACT").add("firstName", "Ana").add("email", Unique.email("rotation")).build()
                .toString().getBytes(StandardCharsets.UTF_8)).expect(201);
        // what the operator reads before removing the old line: every sealed column on the new version only
        String status = dataKeys("status");
        assertThat(status).contains("leads.email", "lead_phones.number", "activities.changes",
                "intake_sources.secret", "outbox_mails.to_address", "outbox_texts.to_phone", "inbound_texts.body",
                "inbound_mails.from_address", "inbound_mails.body", "email_opt_outs.email");
        assertThat(status.lines().filter(line -> line.contains("|")).skip(1)
                .map(line -> line.split("\\|")[1].strip())).containsOnly(String.valueOf(next));
    }

    /** Runs server-config/data-keys.sh as an operator would; answers its output. */
    private static String dataKeys(String... arguments) throws IOException, InterruptedException {
        Path script = Path.of(ItProperties.earPath()).toAbsolutePath().getParent().getParent().getParent()
                .resolve("server-config/data-keys.sh");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CRM_DB_URL", ItProperties.dbUrl());
        builder.environment().put("CRM_DB_USER", ItProperties.dbUser());
        builder.environment().put("CRM_DB_PASSWORD", ItProperties.dbPassword());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /** Every stored text of the lead that could hold contact data: its row, its phones, its audit trail. */
    private static List<String> storedValues(long leadId) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement("""
                select coalesce(email, '') || ' ' || coalesce(notes, '') || ' ' || search_text from leads where id = ?
                union all select number from lead_phones where lead_id = ?
                union all select summary || ' ' || changes::text from activities where lead_id = ?
                """)) {
            for (int i = 1; i <= 3; i++) {
                query.setLong(i, leadId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static String single(String sql, Object parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static long count(String sql, String... parameters) {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(Duration limit, java.util.function.BooleanSupplier done) {
        Instant deadline = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("values still on an older key after " + limit).isBefore(deadline);
            Imports.pause(Duration.ofMillis(500));
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(ItProperties.dbUrl(), ItProperties.dbUser(), ItProperties.dbPassword());
    }
}
