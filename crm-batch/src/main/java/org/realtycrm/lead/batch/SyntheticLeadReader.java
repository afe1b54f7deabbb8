package org.realtycrm.lead.batch;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.lead.entity.LeadDraft;
import org.realtycrm.lead.entity.LeadDraft.PhoneInput;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.PhoneType;
import org.realtycrm.lead.entity.Temperature;

/**
 * Generates plausible leads: common US names, valid numbers in real area codes (never the 555 fiction range),
 * example.com addresses, and the mix of sources and statuses a brokerage sees. Deterministic for a seed, so a
 * restart from a checkpoint regenerates exactly the leads not yet written.
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
    // how far a lead has come: most are early in the pipeline
    private static final List<LeadStatus> STATUS_MIX = List.of(LeadStatus.NEW, LeadStatus.NEW, LeadStatus.NEW,
            LeadStatus.CONTACTED, LeadStatus.CONTACTED, LeadStatus.CONTACTED, LeadStatus.QUALIFIED,
            LeadStatus.QUALIFIED, LeadStatus.NURTURE, LeadStatus.NURTURE, LeadStatus.UNDER_CONTRACT,
            LeadStatus.CLOSED, LeadStatus.LOST);

    @Inject
    @BatchProperty
    String count;

    @Inject
    @BatchProperty
    String seed;

    @Inject
    JobContext job;

    private int total;
    private int next;
    private Random random;

    @Override
    public void open(Serializable checkpoint) {
        total = Integer.parseInt(count);
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        random = new Random(Long.parseLong(seed));
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
        Temperature temperature = Temperature.values()[random.nextInt(3)];
        Instant followUp = random.nextInt(3) == 0 ? null
                : Instant.now().plus(random.nextInt(14 * 24) - 3 * 24, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        LeadDraft draft = new LeadDraft(first, last, email, List.of(new PhoneInput(phone, PhoneType.MOBILE)),
                pick(SOURCES), null, temperature, null, followUp, pick(NOTES));
        return new SyntheticLead(draft, pick(STATUS_MIX));
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
