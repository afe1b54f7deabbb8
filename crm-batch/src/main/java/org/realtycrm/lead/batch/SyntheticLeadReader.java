package org.realtycrm.lead.batch;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadDraft.PhoneInput;
import org.realtycrm.lead.entity.PhoneType;

/**
 * Generates plausible leads: common US names, valid numbers in real area codes (never the 555 fiction range),
 * example.com addresses, the mix of sources a brokerage sees, and for each a past over the last 90 days as of the
 * job's {@code asOf} moment in the brokerage's {@code zone} ({@link DemoHistories}). Deterministic for a seed and
 * that moment, so a restart from a checkpoint regenerates exactly the leads not yet written. The contact details
 * come from the seed alone, so a run on another day makes the same people (and skips those that exist already).
 */
@Dependent
@Named("syntheticLeadReader")
public class SyntheticLeadReader extends AbstractItemReader {

    private static final List<String> FIRST = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
            "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Carlos", "Maria", "Wei", "Priya", "Ahmed", "Fatima", "Daniel", "Nancy", "Kevin",
            "Lisa", "Jose", "Sofia", "Andre", "Keisha", "Hiroshi", "Mei", "Luis", "Ana", "Ivan", "Olga", "Tyrone",
            "Aisha");
    private static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
            "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Nguyen", "Patel", "Kim", "Chen", "Washington",
            "O'Brien", "Kowalski", "Rossi", "Schmidt", "Cohen", "Singh", "Tanaka", "Ivanova", "Okafor", "Dubois");
    private static final List<String> SOURCES = List.of("Zillow", "Zillow", "Realtor.com", "Website", "Website",
            "Referral", "Open house", "Sign call", "Facebook ad", "Google ad", "Purchased list", "Past client");
    private static final List<String> AREA_CODES = List.of("212", "213", "303", "305", "312", "404", "415", "512",
            "602", "617", "646", "702", "713", "718", "786", "858", "917", "949", "206", "503");
    private static final List<String> NOTES = List.of("Pre-approved up to $650k, wants 3 bed near good schools.",
            "Relocating for work in spring; needs a rental first.", "Inherited a property, considering selling as-is.",
            "First-time buyer, asked about down-payment assistance.", "Investor: looking for duplexes under $400k.",
            "Wants to downsize once the kids move out.", "Called about the listing on Maple St.", "");

    @Inject
    @BatchProperty
    String count;

    @Inject
    @BatchProperty
    String seed;

    /** The moment the demo data describes (ISO-8601); the job's start when absent. */
    @Inject
    @BatchProperty
    String asOf;

    /** The brokerage's time zone, where business hours and "today" are; UTC when absent. */
    @Inject
    @BatchProperty
    String zone;

    private int total;
    private int next;
    private Random random;
    private long seedValue;
    private DemoHistories histories;

    @Override
    public void open(Serializable checkpoint) {
        total = Integer.parseInt(count);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        seedValue = Long.parseLong(seed);
        random = new Random(seedValue);
        histories = new DemoHistories(asOf == null || asOf.isBlank() ? Instant.now() : Instant.parse(asOf),
                zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone));
        for (int skipped = 0; skipped < next; skipped++) {
            generate(skipped); // replay the random sequence up to the checkpoint
        }
    }

    @Override
    public Object readItem() {
        if (next >= total) {
            return null;
        }
        return generate(next++);
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    private SyntheticLead generate(int index) {
        String first = pick(FIRST);
        String last = pick(LAST);
        String email = random.nextInt(10) == 0 ? null // some leads only leave a phone number
                : (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + "." + seed + "." + index + "@example.com";
        String phone = "(" + pick(AREA_CODES) + ") " + exchange() + "-" + String.format("%04d", random.nextInt(10_000));
        String source = pick(SOURCES);
        String notes = pick(NOTES);
        // its past from a random source of its own, so that the people stay the same whatever the moment
        DemoHistory history = histories.next(new SplittableRandom(leadSeed(seedValue, index)));
        // the follow-up is not part of the arrival: the writer schedules it with the lead's last change
        LeadDraft draft = new LeadDraft(first, last, email, List.of(new PhoneInput(phone, PhoneType.MOBILE)),
                source, null, history.temperature(), null, null, notes, null);
        return new SyntheticLead(draft, history);
    }

    /** A well-mixed seed per lead (SplitMix64's finaliser), so that neighbouring leads have unrelated pasts. */
    static long leadSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A central-office code in service: 200–999, not 555 and not N11. */
    private int exchange() {
        int exchange;
        do {
            exchange = 200 + random.nextInt(800);
        } while (exchange == 555 || exchange % 100 == 11);
        return exchange;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
