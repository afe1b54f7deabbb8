package org.realtycrm.campaign.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.QuietHours;
import org.realtycrm.campaign.entity.Recipient;
import org.realtycrm.campaign.entity.Refusal;
import org.realtycrm.campaign.entity.RefusalReason;
import org.realtycrm.campaign.entity.SendPurpose;
import org.realtycrm.campaign.entity.TextCategory;
import org.realtycrm.pipeline.control.DoNotCallRegistry;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.SuppressionHit;
import org.realtycrm.pipeline.entity.SuppressionReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance gate's rules for one recipient at one moment: every Do-Not-Call list's objection becomes a refusal
 * with its list version; the calling hours are read in the recipient's local time (their given state before their
 * number's area code; a state's stricter window; a state spanning zones allowed only when all of them allow) and
 * refused until the next allowed moment; marketing alone counts against the cap per period, refused until the period
 * has passed; every reason is given, not only the first.
 *
 * <p>The dates are in January: New York is UTC-5, Chicago UTC-6, Los Angeles UTC-8.
 */
class ComplianceGateTest {

    private static final String NEW_YORK = "+12125550143"; // 212: New York, NY
    private static final String LOS_ANGELES = "+12135550143"; // 213: Los Angeles, CA
    private static final String ATLANTA = "+14045550143"; // 404: Atlanta, GA
    private static final String MIAMI = "+13055550143"; // 305: Miami, FL (Florida spans Eastern and Central)

    private static final Instant NOON_NEW_YORK = Instant.parse("2026-01-15T17:00:00Z");

    private final ScriptedRegistry registry = new ScriptedRegistry();
    private final ScriptedRules stateRules = new ScriptedRules();
    private final CountingLedger ledger = new CountingLedger();
    private final ComplianceGate gate = new ComplianceGate();

    @BeforeEach
    void wire() {
        gate.registry = registry;
        gate.timeZones = new RecipientTimeZones();
        gate.stateRules = stateRules;
        gate.ledger = ledger;
        gate.marketingPerPeriod = 3;
        gate.periodHours = 24;
        at(NOON_NEW_YORK);
    }

    private void at(Instant now) {
        gate.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private void at(String instant) {
        at(Instant.parse(instant));
    }

    private GateVerdict check(String phone) {
        return gate.check(Recipient.ofNumber(phone), Channel.SMS, SendPurpose.CONVERSATION);
    }

    @Test
    void a_number_no_rule_objects_to_is_allowed_at_noon_in_its_zone() {
        GateVerdict verdict = gate.check(Recipient.ofNumber(NEW_YORK), Channel.CALL, SendPurpose.MARKETING);

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.refusals()).isEmpty();
        assertThat(verdict.recipient()).isEqualTo(NEW_YORK);
        assertThat(verdict.channel()).isEqualTo(Channel.CALL);
        assertThat(verdict.at()).isEqualTo(NOON_NEW_YORK);
        assertThat(verdict.holdUntil()).isEmpty();
        assertThat(registry.asked).containsExactly(NEW_YORK);
    }

    @Test
    void every_do_not_call_hit_is_a_refusal_with_its_reason_and_list_version_and_never_passes_with_time() {
        registry.hits(new SuppressionHit(SuppressionReason.FEDERAL_DNC, "federal 2026-01-10"),
                new SuppressionHit(SuppressionReason.INTERNAL_DNC, "internal entry 42"));

        GateVerdict verdict = check(NEW_YORK);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.refusals()).containsExactly(
                new Refusal(RefusalReason.FEDERAL_DNC, "FEDERAL_DNC (federal 2026-01-10)", null),
                new Refusal(RefusalReason.INTERNAL_DNC, "INTERNAL_DNC (internal entry 42)", null));
        assertThat(verdict.holdUntil()).isEmpty();
    }

    @Test
    void each_registry_answer_keeps_its_own_reason() {
        registry.hits(new SuppressionHit(SuppressionReason.FEDERAL_NOT_LOADED, "federal none"),
                new SuppressionHit(SuppressionReason.FEDERAL_OUTDATED, "federal 2025-11-01"),
                new SuppressionHit(SuppressionReason.STATE_DNC, "NY 2026-01"),
                new SuppressionHit(SuppressionReason.LITIGATOR, "litigators v7"));

        assertThat(check(NEW_YORK).refusals()).extracting(Refusal::reason).containsExactly(
                RefusalReason.FEDERAL_NOT_LOADED, RefusalReason.FEDERAL_OUTDATED, RefusalReason.STATE_DNC,
                RefusalReason.LITIGATOR);
    }

    @Test
    void before_eight_in_the_recipient_s_zone_is_refused_until_eight_there() {
        at("2026-01-15T12:30:00Z"); // 07:30 in New York

        GateVerdict verdict = check(NEW_YORK);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.QUIET_HOURS);
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-15T13:00:00Z")); // 08:00 in New York
            assertThat(refusal.detail()).contains("07:30 in America/New_York", "08:00–21:00");
        });
        assertThat(verdict.holdUntil()).contains(Instant.parse("2026-01-15T13:00:00Z"));
    }

    @Test
    void nine_pm_in_the_recipient_s_zone_is_refused_until_eight_the_next_morning() {
        at("2026-01-16T02:00:00Z"); // 21:00 on the 15th in New York: the window's end is excluded

        assertThat(check(NEW_YORK).refusals()).singleElement().extracting(Refusal::retryAt)
                .isEqualTo(Instant.parse("2026-01-16T13:00:00Z"));
    }

    @Test
    void the_same_moment_is_read_in_each_number_s_own_zone() {
        at("2026-01-15T15:30:00Z"); // 07:30 in Los Angeles, 10:30 in New York

        GateVerdict losAngeles = check(LOS_ANGELES);
        GateVerdict newYork = check(NEW_YORK);

        assertThat(losAngeles.allowed()).isFalse();
        assertThat(losAngeles.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.QUIET_HOURS);
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-15T16:00:00Z")); // 08:00 in Los Angeles
            assertThat(refusal.detail()).contains("07:30 in America/Los_Angeles");
        });
        assertThat(newYork.allowed()).isTrue();
    }

    @Test
    void the_recipient_s_own_state_wins_over_their_number_s_area_code() {
        at("2026-01-15T13:00:00Z"); // 08:00 in New York, 05:00 in Los Angeles

        GateVerdict byAddress = gate.check(new Recipient(LOS_ANGELES, "NY"), Channel.SMS, SendPurpose.CONVERSATION);
        GateVerdict byNumber = check(LOS_ANGELES);

        assertThat(byAddress.allowed()).isTrue();
        assertThat(byNumber.allowed()).isFalse();
        assertThat(byNumber.refusals()).singleElement().extracting(Refusal::retryAt)
                .isEqualTo(Instant.parse("2026-01-15T16:00:00Z"));
    }

    @Test
    void a_state_s_own_address_is_refused_by_its_own_zone_whatever_the_number_says() {
        at("2026-01-15T17:00:00Z"); // 12:00 in New York, 09:00 in Los Angeles, 07:00 in Honolulu

        GateVerdict verdict = gate.check(new Recipient(NEW_YORK, "hi"), Channel.CALL, SendPurpose.CONVERSATION);

        assertThat(verdict.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.QUIET_HOURS);
            assertThat(refusal.detail()).contains("Pacific/Honolulu");
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-15T18:00:00Z")); // 08:00 in Honolulu
        });
    }

    @Test
    void a_state_s_stricter_window_refuses_what_the_federal_one_allows() {
        stateRules.window("GA", LocalTime.of(10, 0), LocalTime.of(20, 0));
        at("2026-01-15T14:30:00Z"); // 09:30 in Atlanta and New York

        GateVerdict atlanta = check(ATLANTA);

        assertThat(atlanta.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.QUIET_HOURS);
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-15T15:00:00Z")); // 10:00 in Atlanta
            assertThat(refusal.detail()).contains("10:00–20:00");
        });
        // a number alone gets the narrowest of the states' windows (its holder may live in Georgia); an address in
        // New York, a state without a rule of its own, gets the federal one
        assertThat(check(NEW_YORK).allowed()).isFalse();
        assertThat(gate.check(new Recipient(NEW_YORK, "NY"), Channel.SMS, SendPurpose.CONVERSATION).allowed())
                .isTrue();
    }

    @Test
    void a_state_s_stricter_window_also_ends_earlier() {
        stateRules.window("GA", LocalTime.of(10, 0), LocalTime.of(20, 0));
        at("2026-01-16T01:30:00Z"); // 20:30 on the 15th in Atlanta and New York

        assertThat(check(ATLANTA).refusals()).singleElement().extracting(Refusal::retryAt)
                .isEqualTo(Instant.parse("2026-01-16T15:00:00Z")); // 10:00 the next day
        assertThat(gate.check(new Recipient(NEW_YORK, "NY"), Channel.SMS, SendPurpose.CONVERSATION).allowed())
                .isTrue();
    }

    @Test
    void a_number_in_a_state_spanning_zones_is_allowed_only_when_every_zone_allows() {
        at("2026-01-15T13:30:00Z"); // 08:30 in Miami, 07:30 in Pensacola (Central)

        GateVerdict early = check(MIAMI);

        assertThat(early.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.QUIET_HOURS);
            assertThat(refusal.detail()).contains("07:30 in America/Chicago").doesNotContain("America/New_York");
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-15T14:00:00Z")); // 08:00 Central
        });

        at("2026-01-15T14:00:00Z"); // 09:00 Eastern, 08:00 Central
        assertThat(check(MIAMI).allowed()).isTrue();

        at("2026-01-16T01:30:00Z"); // 20:30 Eastern, 19:30 Central
        assertThat(check(MIAMI).allowed()).isTrue();

        at("2026-01-16T02:00:00Z"); // 21:00 Eastern, 20:00 Central
        assertThat(check(MIAMI).refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.detail()).contains("21:00 in America/New_York").doesNotContain("America/Chicago");
            assertThat(refusal.retryAt()).isEqualTo(Instant.parse("2026-01-16T14:00:00Z")); // 08:00 Central
        });
    }

    @Test
    void marketing_over_the_cap_is_refused_until_the_period_has_passed() {
        ledger.count = 3;

        GateVerdict verdict = gate.check(Recipient.ofNumber(NEW_YORK), Channel.SMS, SendPurpose.MARKETING);

        assertThat(verdict.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.FREQUENCY_CAP);
            assertThat(refusal.retryAt()).isEqualTo(NOON_NEW_YORK.plus(Duration.ofHours(24)));
            assertThat(refusal.detail()).contains("3 marketing messages", "24 hours", "at most 3");
        });
        assertThat(verdict.holdUntil()).contains(NOON_NEW_YORK.plus(Duration.ofHours(24)));
        assertThat(ledger.askedFor).containsExactly(NEW_YORK);
        assertThat(ledger.askedCategories).containsExactly(List.of(TextCategory.CAMPAIGN));
        assertThat(ledger.askedSince).containsExactly(NOON_NEW_YORK.minus(Duration.ofHours(24)));
    }

    @Test
    void marketing_under_the_cap_is_allowed() {
        ledger.count = 2;

        assertThat(gate.check(Recipient.ofNumber(NEW_YORK), Channel.SMS, SendPurpose.MARKETING).allowed()).isTrue();
        assertThat(ledger.askedFor).hasSize(1);
    }

    @Test
    void the_cap_and_its_period_are_the_configured_ones() {
        gate.marketingPerPeriod = 1;
        gate.periodHours = 72;
        ledger.count = 1;

        GateVerdict verdict = gate.check(Recipient.ofNumber(NEW_YORK), Channel.SMS, SendPurpose.MARKETING);

        assertThat(verdict.refusals()).singleElement().extracting(Refusal::retryAt)
                .isEqualTo(NOON_NEW_YORK.plus(Duration.ofHours(72)));
        assertThat(ledger.askedSince).containsExactly(NOON_NEW_YORK.minus(Duration.ofHours(72)));
    }

    @Test
    void a_conversation_never_counts_against_the_cap() {
        ledger.count = 100;

        GateVerdict verdict = check(NEW_YORK);

        assertThat(verdict.allowed()).isTrue();
        assertThat(ledger.consulted).as("the ledger is not even asked").isFalse();
    }

    @Test
    void every_reason_is_given_not_only_the_first() {
        registry.hits(new SuppressionHit(SuppressionReason.STATE_DNC, "NY 2026-01"),
                new SuppressionHit(SuppressionReason.LITIGATOR, "litigators v7"));
        ledger.count = 5;
        at("2026-01-15T12:30:00Z"); // 07:30 in New York

        GateVerdict verdict = gate.check(Recipient.ofNumber(NEW_YORK), Channel.SMS, SendPurpose.MARKETING);

        assertThat(verdict.refusals()).extracting(Refusal::reason).containsExactly(RefusalReason.STATE_DNC,
                RefusalReason.LITIGATOR, RefusalReason.QUIET_HOURS, RefusalReason.FREQUENCY_CAP);
        assertThat(verdict.reasonsInWords()).isEqualTo("STATE_DNC, LITIGATOR, QUIET_HOURS, FREQUENCY_CAP");
        assertThat(verdict.holdUntil()).as("a list never lets it pass").isEmpty();
    }

    @Test
    void quiet_hours_and_the_cap_together_hold_until_the_later_of_them() {
        ledger.count = 3;
        at("2026-01-15T12:30:00Z"); // 07:30 in New York

        GateVerdict verdict = gate.check(Recipient.ofNumber(NEW_YORK), Channel.SMS, SendPurpose.MARKETING);

        assertThat(verdict.refusals()).extracting(Refusal::reason).containsExactly(RefusalReason.QUIET_HOURS,
                RefusalReason.FREQUENCY_CAP);
        assertThat(verdict.holdUntil()).contains(Instant.parse("2026-01-16T12:30:00Z"));
    }

    /** A registry that answers the hits the test scripts, and notes what it was asked about. */
    private static final class ScriptedRegistry extends DoNotCallRegistry {
        final List<SuppressionHit> hits = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        void hits(SuppressionHit... scripted) {
            hits.addAll(List.of(scripted));
        }

        @Override
        public CallVerdict check(String e164) {
            asked.add(e164);
            return new CallVerdict(e164, hits);
        }
    }

    /** The states' windows as the test sets them. */
    private static final class ScriptedRules extends QuietHourRules {
        final Map<String, QuietHours> windows = new HashMap<>();

        void window(String state, LocalTime start, LocalTime end) {
            windows.put(state, QuietHours.of(start, end));
        }

        @Override
        public Map<String, QuietHours> windows() {
            return Map.copyOf(windows);
        }
    }

    /** A ledger that counts what the test says, and notes whether and how it was asked. */
    private static final class CountingLedger extends TextLedger {
        long count;
        boolean consulted;
        final List<String> askedFor = new ArrayList<>();
        final List<List<String>> askedCategories = new ArrayList<>();
        final List<Instant> askedSince = new ArrayList<>();

        @Override
        public long countTo(String e164, Collection<String> categories, Instant since) {
            consulted = true;
            askedFor.add(e164);
            askedCategories.add(List.copyOf(categories));
            askedSince.add(since);
            return count;
        }
    }
}
