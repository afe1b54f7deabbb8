import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.KeyRing;

/**
 * Writes COUNT synthetic leads as COPY text (tab-separated) for bench/leads-list/seed.sql, their email and phone
 * sealed and blind-indexed with the system's data keys exactly as the application stores them (the database alone
 * cannot: the keys never go there). Run with crm-domain's jar on the class path:
 * java -cp crm-domain/target/crm-domain-*.jar bench/leads-list/SealedSeed.java COUNT AGENT_IDS KEY_FILE [OPTION...]
 * Options, each NAME=VALUE, for other benchmarks (without them: the leads bench/leads-list loads):
 * phones=FILE   lead N gets the E.164 number on line N of FILE (its first tab-separated field; the rest is ignored),
 *               instead of +1, one of six area codes and 2000000 + N
 * email=PREFIX  lead N's email is PREFIX N @example.com (default bench.lead.)
 * source=TEXT   every lead's source (default: a mix of eight)
 */
public class SealedSeed {

    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
            "David", "Sofia", "Wei", "Priya"};
    private static final String[] LAST = {"Smith", "Johnson", "Garcia", "Miller", "Davis", "Lopez", "Nguyen", "Patel",
            "Kim", "Chen", "Okafor", "Rossi", "Cohen"};
    private static final String[] AREA = {"212", "312", "415", "617", "646", "718"};
    private static final String[] SOURCE = {"Zillow", "Realtor.com", "Website", "Referral", "Open house", "Sign call",
            "Facebook ad", "Purchased list"};
    private static final String[] STATUS = {"NEW", "NEW", "NEW", "CONTACTED", "CONTACTED", "QUALIFIED", "NURTURE",
            "UNDER_CONTRACT", "CLOSED", "LOST"};
    private static final String[] TEMPERATURE = {"HOT", "WARM", "WARM", "COLD"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        String[] agents = args[1].split(",");
        FieldCipher cipher = new FieldCipher(KeyRing.read(Path.of(args[2])));
        String[] phones = null;
        String emailPrefix = "bench.lead.";
        String source = null;
        for (int i = 3; i < args.length; i++) {
            String[] option = args[i].split("=", 2);
            switch (option.length == 2 ? option[0] : "") {
                case "phones" -> phones = Files.readAllLines(Path.of(option[1])).stream()
                        .map(line -> line.split("\t", 2)[0].strip()).toArray(String[]::new);
                case "email" -> emailPrefix = option[1];
                case "source" -> source = option[1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + ": phones=FILE, email=PREFIX or source=TEXT");
            }
        }
        if (phones != null && phones.length < count) {
            throw new IllegalArgumentException(count + " leads, but only " + phones.length + " phone numbers");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder out = new StringBuilder(1 << 16);
        for (int g = 1; g <= count; g++) {
            String first = FIRST[g % 12];
            String last = LAST[(g / 12) % 13];
            String email = emailPrefix + g + "@example.com";
            String phone = phones != null ? phones[g - 1]
                    : "+1" + AREA[g % 6] + String.format("%07d", 2_000_000 + g);
            out.append(g).append('\t').append(first).append('\t').append(last).append('\t')
                    .append(cipher.seal(email)).append('\t').append(cipher.blindIndex(FieldCipher.EMAIL, email))
                    .append('\t').append(cipher.seal(phone)).append('\t')
                    .append(cipher.blindIndex(FieldCipher.PHONE, phone)).append('\t')
                    .append(source != null ? source : SOURCE[(g * 7) % 8]).append('\t')
                    .append(STATUS[(g * 13) % 10]).append('\t')
                    .append(TEMPERATURE[(g * 5) % 4]).append('\t').append(agents[g % agents.length]).append('\t')
                    .append(now.minus(g, ChronoUnit.MINUTES)).append('\n');
            if (out.length() > 60_000) {
                System.out.print(out);
                out.setLength(0);
            }
        }
        System.out.print(out);
        System.out.flush();
    }
}
