package org.realtycrm.lead.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;

/** The demo leads' past: when they arrive, how fast they are contacted, how far they come, their follow-ups. */
class DemoHistoriesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final long SEED = 20261121;
    private static final int LEADS = 3000;
    // a Tuesday afternoon in New York, two days after the clocks went forward
    private static final Instant NOW = Instant.parse("2026-03-10T19:30:00Z");

    private final List<DemoHistory> histories = histories(NOW, SEED);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-10T19:30:00Z", "2026-11-21T14:05:00Z", "2026-07-04T03:59:59Z",
        "2026-11-01T05:30:00Z"})
    void leadsArriveOverTheLast90DaysAndNeverAfterNow(String at) {
        Instant now = Instant.parse(at);
        LocalDate firstDay = now.atZone(NEW_YORK).toLocalDate().minusDays(DemoHistories.DAYS - 1);

        assertThat(histories(now, SEED)).allSatisfy(history -> {
            assertThat(history.createdAt()).isBefore(now); // and none piled up at now: today only until now
            assertThat(history.createdAt().atZone(NEW_YORK).toLocalDate()).isAfterOrEqualTo(firstDay);
            assertThat(history.createdAt()).isAfter(now.minus(Duration.ofDays(90)));
        });
    }

    @Test
    void everyWeekHasLeadsRecentDaysMoreAndTodayOnlyAFew() {
        long today = count(h -> !h.createdAt().isBefore(startOfToday()));
        long last30Days = count(h -> h.createdAt().isAfter(NOW.minus(Duration.ofDays(30))));
        long first30Days = count(h -> h.createdAt().isBefore(NOW.minus(Duration.ofDays(60))));

        for (int week = 0; week < 12; week++) {
            Instant from = NOW.minus(Duration.ofDays(7L * week + 7));
            Instant to = NOW.minus(Duration.ofDays(7L * week));
            assertThat(count(h -> h.createdAt().isAfter(from) && !h.createdAt().isAfter(to)))
                    .as("week %d before now", week).isBetween(150L, 400L);
        }
        assertThat(today).isBetween(10L, LEADS / 20L);
        assertThat(last30Days).isGreaterThan(first30Days + first30Days / 5);
    }

    @Test
    void todayHoldsOnlyTheHoursThatHavePassed() {
        Instant earlyMorning = Instant.parse("2026-03-10T12:30:00Z"); // 8:30 in New York
        Instant startOfDay = LocalDate.of(2026, 3, 10).atStartOfDay(NEW_YORK).toInstant();

        long arrivedToday = histories(earlyMorning, SEED).stream()
                .filter(h -> !h.createdAt().isBefore(startOfDay)).count();

        assertThat(arrivedToday).isLessThan(count(h -> !h.createdAt().isBefore(startOfToday())) / 3);
    }

    @Test
    void mostLeadsArriveInBusinessHoursAndFewAtNight() {
        long business = count(h -> hour(h.createdAt()) >= 8 && hour(h.createdAt()) < 20);
        long night = count(h -> hour(h.createdAt()) < 6);

        assertThat(business).isGreaterThan(LEADS * 75L / 100);
        assertThat(night).isLessThan(LEADS * 3L / 100);
    }

    @Test
    void statusesFollowTheLegalRoadInTimeAndNeverAfterNow() {
        assertThat(histories).allSatisfy(history -> {
            LeadStatus status = LeadStatus.NEW;
            Instant previous = history.createdAt();
            for (DemoHistory.Step step : history.steps()) {
                assertThat(status.canMoveTo(step.status())).as("%s → %s", status, step.status()).isTrue();
                assertThat(step.at()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(NOW);
                status = step.status();
                previous = step.at();
            }
            assertThat(history.status()).isEqualTo(status);
            assertThat(history.lastChangedAt()).isEqualTo(previous);
        });
    }

    @Test
    void theFirstContactIsNeverBeforeTheLeadArrivedAndHappensInWorkingHours() {
        assertThat(histories).filteredOn(h -> h.firstContactedAt() != null).allSatisfy(history -> {
            assertThat(history.firstContactedAt()).isAfter(history.createdAt());
            LocalTime time = history.firstContactedAt().atZone(NEW_YORK).toLocalTime();
            assertThat(time).isBetween(DemoHistories.WORK_STARTS, DemoHistories.WORK_ENDS);
        });
    }

    @Test
    void mostLeadsAreContactedWithinHoursWithALongTailOfDays() {
        List<Duration> delays = histories.stream().filter(h -> h.firstContactedAt() != null)
                .map(h -> Duration.between(h.createdAt(), h.firstContactedAt())).sorted().toList();
        Duration median = delays.get(delays.size() / 2);
        long withinADay = delays.stream().filter(d -> d.compareTo(Duration.ofDays(1)) <= 0).count();
        long afterTwoDays = delays.stream().filter(d -> d.compareTo(Duration.ofDays(2)) > 0).count();

        assertThat(median).isBetween(Duration.ofMinutes(10), Duration.ofHours(3));
        assertThat(delays.get(0)).isLessThan(Duration.ofMinutes(5));
        assertThat(withinADay).isGreaterThan(delays.size() * 3L / 4);
        assertThat(afterTwoDays).isGreaterThan(delays.size() / 50L);
    }

    @Test
    void theLeadsStillNewAreFewAndMostlyRecent() {
        List<DemoHistory> untouched = histories.stream().filter(h -> h.status() == LeadStatus.NEW).toList();
        long recent = untouched.stream().filter(h -> h.createdAt().isAfter(NOW.minus(Duration.ofDays(21)))).count();

        assertThat(untouched).hasSizeBetween(LEADS / 100, LEADS / 10)
                .allSatisfy(h -> assertThat(h.firstContactedAt()).isNull());
        assertThat(recent).isGreaterThan(untouched.size() * 2L / 3);
        assertThat(untouched).anySatisfy(h -> assertThat(h.createdAt()).isAfter(NOW.minus(Duration.ofHours(3))));
    }

    @Test
    void aLeadHasComeAsFarAsItsAgeAllows() {
        assertThat(histories).filteredOn(h -> age(h).compareTo(Duration.ofDays(2)) < 0)
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.status()).isIn(LeadStatus.NEW, LeadStatus.CONTACTED));
        assertThat(histories).filteredOn(h -> h.status() == LeadStatus.UNDER_CONTRACT)
                .allSatisfy(h -> assertThat(age(h)).isGreaterThan(Duration.ofDays(9)));
        assertThat(histories).filteredOn(h -> h.status() == LeadStatus.CLOSED)
                .allSatisfy(h -> assertThat(age(h)).isGreaterThan(Duration.ofDays(34)));
        assertThat(histories).filteredOn(h -> age(h).compareTo(Duration.ofDays(60)) > 0)
                .filteredOn(h -> h.status() == LeadStatus.CLOSED).hasSizeGreaterThan(30);
    }

    @Test
    void theMixLooksLikeAWorkingOffice() {
        for (LeadStatus status : LeadStatus.values()) {
            assertThat(count(h -> h.status() == status)).as("%s", status).isGreaterThan(LEADS / 100L);
        }
        assertThat(count(h -> h.status() == LeadStatus.CLOSED)).isLessThan(LEADS / 10L);
        assertThat(count(h -> h.status() == LeadStatus.LOST)).isLessThan(LEADS / 4L);
        assertThat(count(h -> h.status() == LeadStatus.NURTURE)).isLessThan(LEADS / 4L);
        assertThat(count(h -> h.status() == LeadStatus.CONTACTED || h.status() == LeadStatus.QUALIFIED))
                .isGreaterThan(LEADS / 3L);
    }

    @Test
    void temperaturesFitTheStatus() {
        assertThat(histories).filteredOn(h -> h.status() == LeadStatus.UNDER_CONTRACT)
                .allSatisfy(h -> assertThat(h.temperature()).isNotEqualTo(Temperature.COLD));
        assertThat(histories).filteredOn(h -> h.status() == LeadStatus.CLOSED)
                .allSatisfy(h -> assertThat(h.temperature()).isNotEqualTo(Temperature.COLD));
        List<DemoHistory> lost = histories.stream().filter(h -> h.status() == LeadStatus.LOST).toList();
        assertThat(lost.stream().filter(h -> h.temperature() == Temperature.COLD).count())
                .isGreaterThan(lost.size() * 3L / 4);
        for (Temperature temperature : Temperature.values()) {
            assertThat(count(h -> h.temperature() == temperature)).isGreaterThan(LEADS / 10L);
        }
    }

    @Test
    void followUpsAreOnOpenLeadsSomeoneTalkedToAndComeAfterTheLastChange() {
        assertThat(histories).filteredOn(h -> h.nextFollowUpAt() != null).allSatisfy(h -> {
            assertThat(h.status().isOpen()).isTrue();
            assertThat(h.status()).isNotEqualTo(LeadStatus.NEW);
            assertThat(h.nextFollowUpAt()).isAfter(h.lastChangedAt());
        });
        assertThat(count(h -> h.nextFollowUpAt() != null)).isGreaterThan(LEADS / 3L);
    }

    @Test
    void someFollowUpsAreOverdueByAFewDaysSomeDueTodayMostComing() {
        LocalDate today = NOW.atZone(NEW_YORK).toLocalDate();
        List<Instant> followUps = histories.stream().map(DemoHistory::nextFollowUpAt).filter(at -> at != null).toList();
        long overdue = followUps.stream().filter(at -> at.isBefore(NOW)).count();
        long dueLaterToday = followUps.stream()
                .filter(at -> at.isAfter(NOW) && at.atZone(NEW_YORK).toLocalDate().equals(today)).count();
        long coming = followUps.stream().filter(at -> at.atZone(NEW_YORK).toLocalDate().isAfter(today)).count();

        assertThat(followUps).allSatisfy(at -> assertThat(at).isAfter(NOW.minus(Duration.ofDays(5))));
        assertThat(followUps).filteredOn(at -> at.isBefore(NOW))
                .anySatisfy(at -> assertThat(at).isBefore(startOfToday()));
        assertThat(overdue).isBetween(followUps.size() / 50L, followUps.size() / 5L);
        assertThat(dueLaterToday).isGreaterThan(5);
        assertThat(coming).isGreaterThan(followUps.size() * 2L / 3);
    }

    @Test
    void theSameSeedAndMomentTellTheSameStoryAndAnotherSeedAnother() {
        assertThat(histories(NOW, SEED)).isEqualTo(histories);
        assertThat(histories(NOW, SEED + 1)).isNotEqualTo(histories);
    }

    private List<DemoHistory> histories(Instant now, long seed) {
        DemoHistories generator = new DemoHistories(now, NEW_YORK);
        return IntStream.range(0, LEADS)
                .mapToObj(i -> generator.next(new SplittableRandom(SyntheticLeadReader.leadSeed(seed, i))))
                .toList();
    }

    private long count(Predicate<DemoHistory> which) {
        return histories.stream().filter(which).count();
    }

    private static Instant startOfToday() {
        return NOW.atZone(NEW_YORK).toLocalDate().atStartOfDay(NEW_YORK).toInstant();
    }

    private static int hour(Instant at) {
        return at.atZone(NEW_YORK).getHour();
    }

    private static Duration age(DemoHistory history) {
        return Duration.between(history.createdAt(), NOW);
    }
}
