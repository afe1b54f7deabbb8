package org.realtycrm.lead.batch;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.Temperature;

/**
 * Makes up the past of synthetic leads as a brokerage's dashboard would show it at {@code now}, in the brokerage's
 * time zone:
 * <ul>
 * <li>leads arrive over the last {@value #DAYS} days (today included), recent days somewhat busier than older ones,
 * weekends quieter, mostly in business hours and the evening, and today only up to now;</li>
 * <li>most are contacted within minutes to a few hours, some after days, a few never (an agent gives up on most of
 * those after two to four weeks, as LOST); contacts happen between 8:00 and 20:30, so a lead from the night is
 * called in the morning;</li>
 * <li>from then on each lead walks the legal road towards its fate (stays contacted, qualified, nurtured, lost,
 * under contract, closed, or a contract that fell through), each step days after the previous one: a step that
 * would lie after {@code now} has not happened yet. So a lead from yesterday is NEW or CONTACTED, and only leads
 * of some weeks reach UNDER_CONTRACT or CLOSED;</li>
 * <li>a temperature that fits the status, and for most open leads that someone has talked to, a follow-up
 * scheduled with their last change: some overdue by a few days, some due today, most in the coming days (weeks for
 * NURTURE).</li>
 * </ul>
 * Deterministic: the same {@code now}, zone and random source give the same history.
 */
final class DemoHistories {

    /** How far back leads arrive: today and the 89 days before it. */
    static final int DAYS = 90;

    /** Contacts and later steps happen in working hours; what falls outside moves to the next morning. */
    static final LocalTime WORK_STARTS = LocalTime.of(8, 0);
    static final LocalTime WORK_ENDS = LocalTime.of(20, 30);

    // how many leads arrive in each hour of the day, relative to each other: office hours, then the evening's
    // web forms and portal enquiries, little at night
    private static final double[] HOURLY = {
        0.15, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.9,   // 0–7
        2.0, 3.4, 3.6, 3.6, 3.0, 3.2, 3.5, 3.5,    // 8–15
        3.3, 3.0, 2.5, 2.2, 1.8, 1.2, 0.6, 0.3};   // 16–23
    private static final double RECENCY = 0.8; // today's weight is 1.8 times that of 89 days ago
    private static final int SECONDS_PER_DAY = 24 * 3600;

    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final int secondsIntoToday;
    private final double[] dayWeights = new double[DAYS]; // by days ago
    private final double totalWeight;

    DemoHistories(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
        ZonedDateTime local = now.atZone(zone);
        this.today = local.toLocalDate();
        this.secondsIntoToday = local.toLocalTime().toSecondOfDay();
        double total = 0;
        for (int daysAgo = 0; daysAgo < DAYS; daysAgo++) {
            double weight = (1 + RECENCY * (DAYS - 1 - daysAgo) / (DAYS - 1)) * weekday(today.minusDays(daysAgo));
            if (daysAgo == 0) {
                weight *= mass(secondsIntoToday) / mass(SECONDS_PER_DAY); // only the part of today that has passed
            }
            dayWeights[daysAgo] = weight;
            total += weight;
        }
        this.totalWeight = total;
    }

    /** The next lead's history, drawn from {@code random} alone. */
    DemoHistory next(SplittableRandom random) {
        Instant created = arrival(random);
        List<DemoHistory.Step> steps = new ArrayList<>();
        Instant last = created;
        for (Move move : plan(random)) {
            Instant at = inWorkingHours(last.plus(move.after()), random);
            if (at.isAfter(now)) {
                break; // has not happened yet
            }
            steps.add(new DemoHistory.Step(move.status(), at));
            last = at;
        }
        LeadStatus status = steps.isEmpty() ? LeadStatus.NEW : steps.get(steps.size() - 1).status();
        return new DemoHistory(created, steps, temperature(status, random), followUp(status, last, random));
    }

    /** A status the lead will reach, some time after its previous change. */
    private record Move(LeadStatus status, Duration after) {
    }

    private Instant arrival(SplittableRandom random) {
        double target = random.nextDouble() * totalWeight;
        int daysAgo = 0;
        while (daysAgo < DAYS - 1 && target >= dayWeights[daysAgo]) {
            target -= dayWeights[daysAgo];
            daysAgo++;
        }
        int limit = daysAgo == 0 ? secondsIntoToday : SECONDS_PER_DAY;
        LocalTime time = LocalTime.ofSecondOfDay(secondOfDay(random.nextDouble(), limit));
        Instant arrival = today.minusDays(daysAgo).atTime(time).atZone(zone).toInstant();
        return arrival.isAfter(now) ? now : arrival; // a time in today's spring-forward gap moves past it
    }

    /** The road the lead will travel if given time; the first move is its first contact. */
    private static List<Move> plan(SplittableRandom random) {
        List<Move> moves = new ArrayList<>();
        Duration contact = firstContactDelay(random);
        if (contact == null) { // nobody got through to them
            if (random.nextDouble() < 0.8) {
                moves.add(new Move(LeadStatus.LOST, days(random, 14, 30))); // given up on
            }
            return moves;
        }
        moves.add(new Move(LeadStatus.CONTACTED, contact));
        double fate = random.nextDouble();
        if (fate < 0.28) {
            return moves; // still talking
        }
        if (fate < 0.45) {
            return add(moves, LeadStatus.LOST, days(random, 2, 30));
        }
        if (fate < 0.57) {
            return add(moves, LeadStatus.NURTURE, days(random, 2, 21));
        }
        moves.add(new Move(LeadStatus.QUALIFIED, days(random, 2, 10)));
        fate = random.nextDouble();
        if (fate < 0.30) {
            return moves; // looking at homes
        }
        if (fate < 0.45) {
            return add(moves, LeadStatus.NURTURE, days(random, 5, 30));
        }
        if (fate < 0.57) {
            return add(moves, LeadStatus.LOST, days(random, 5, 30));
        }
        moves.add(new Move(LeadStatus.UNDER_CONTRACT, days(random, 7, 40)));
        if (random.nextDouble() < 0.1) {
            return add(moves, LeadStatus.QUALIFIED, days(random, 5, 20)); // the deal fell through
        }
        return add(moves, LeadStatus.CLOSED, days(random, 25, 45));
    }

    private static List<Move> add(List<Move> moves, LeadStatus status, Duration after) {
        moves.add(new Move(status, after));
        return moves;
    }

    /** Most leads are called within minutes or hours, a long tail after days; {@code null}: never reached. */
    private static Duration firstContactDelay(SplittableRandom random) {
        double share = random.nextDouble();
        if (share < 0.45) {
            return between(random, Duration.ofMinutes(2), Duration.ofMinutes(30));
        }
        if (share < 0.72) {
            return between(random, Duration.ofMinutes(30), Duration.ofHours(3));
        }
        if (share < 0.86) {
            return between(random, Duration.ofHours(3), Duration.ofHours(24));
        }
        if (share < 0.96) {
            return between(random, Duration.ofDays(1), Duration.ofDays(6));
        }
        return null;
    }

    /** Log-uniform: as many delays between 2 and 4 minutes as between 15 and 30. */
    private static Duration between(SplittableRandom random, Duration shortest, Duration longest) {
        double low = Math.log(shortest.toSeconds());
        double high = Math.log(longest.toSeconds());
        return Duration.ofSeconds(Math.round(Math.exp(low + random.nextDouble() * (high - low))));
    }

    private static Duration days(SplittableRandom random, int fewest, int most) {
        return Duration.ofSeconds(random.nextLong((long) fewest * SECONDS_PER_DAY, (long) most * SECONDS_PER_DAY));
    }

    /** The moment itself if it lies in working hours, else early the next working morning. */
    private Instant inWorkingHours(Instant moment, SplittableRandom random) {
        ZonedDateTime local = moment.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(WORK_STARTS) && !time.isAfter(WORK_ENDS)) {
            return moment;
        }
        LocalDate day = time.isBefore(WORK_STARTS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(WORK_STARTS).atZone(zone).toInstant().plusSeconds(random.nextInt(90 * 60));
    }

    private static Temperature temperature(LeadStatus status, SplittableRandom random) {
        double share = random.nextDouble();
        return switch (status) {
            case NEW -> share < 0.25 ? Temperature.HOT : share < 0.75 ? Temperature.WARM : Temperature.COLD;
            case CONTACTED -> share < 0.20 ? Temperature.HOT : share < 0.70 ? Temperature.WARM : Temperature.COLD;
            case QUALIFIED -> share < 0.45 ? Temperature.HOT : share < 0.90 ? Temperature.WARM : Temperature.COLD;
            case UNDER_CONTRACT -> share < 0.80 ? Temperature.HOT : Temperature.WARM;
            case CLOSED -> share < 0.30 ? Temperature.HOT : Temperature.WARM;
            case NURTURE -> share < 0.65 ? Temperature.COLD : Temperature.WARM;
            case LOST -> share < 0.90 ? Temperature.COLD : Temperature.WARM;
        };
    }

    /**
     * The follow-up an agent scheduled with the lead's last change: only on open leads someone has talked to;
     * on a quarter hour between 9:00 and 17:45; after that last change.
     */
    private Instant followUp(LeadStatus status, Instant lastChange, SplittableRandom random) {
        double share = switch (status) {
            case CONTACTED -> 0.70;
            case QUALIFIED -> 0.75;
            case UNDER_CONTRACT -> 0.90;
            case NURTURE -> 0.50;
            default -> 0; // NEW: nobody has talked to them yet; CLOSED, LOST: nothing to follow up
        };
        if (random.nextDouble() >= share) {
            return null;
        }
        double when = random.nextDouble();
        long daysFromToday;
        if (when < 0.05) {
            daysFromToday = -random.nextInt(1, 5); // overdue by a few days
        } else if (when < 0.13) {
            daysFromToday = 0; // due today: earlier (so overdue by now) or later today
        } else {
            daysFromToday = status == LeadStatus.NURTURE ? random.nextInt(14, 61) : random.nextInt(1, 15);
        }
        LocalTime time = LocalTime.of(9, 0).plusMinutes(15L * random.nextInt(36));
        Instant due = today.plusDays(daysFromToday).atTime(time).atZone(zone).toInstant();
        if (!due.isAfter(lastChange)) { // scheduled for a moment that had passed already: the coming days instead
            due = today.plusDays(random.nextInt(1, 8)).atTime(time).atZone(zone).toInstant();
        }
        return due;
    }

    private static double weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? 0.75 : day == DayOfWeek.SUNDAY ? 0.6 : 1;
    }

    /** How many arrivals the first {@code seconds} of a day hold, in the units of {@link #HOURLY}. */
    private static double mass(int seconds) {
        double mass = 0;
        for (int hour = 0; hour < 24; hour++) {
            mass += HOURLY[hour] * Math.max(0, Math.min(3600, seconds - hour * 3600)) / 3600.0;
        }
        return mass;
    }

    /** The second of the day where the share {@code u} of the arrivals before {@code limit} have come. */
    private static int secondOfDay(double u, int limit) {
        double target = u * mass(limit);
        for (int hour = 0; hour < 24; hour++) {
            int seconds = Math.max(0, Math.min(3600, limit - hour * 3600));
            double inHour = HOURLY[hour] * seconds / 3600.0;
            if (target < inHour) {
                return hour * 3600 + (int) (target / HOURLY[hour] * 3600);
            }
            target -= inHour;
        }
        return Math.max(0, limit - 1);
    }
}
