import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.realtycrm.platform.sealing.FieldCipher;
import org.realtycrm.platform.sealing.KeyRing;

/**
 * Writes COUNT synthetic leads as COPY text (tab-separated) for bench/leads-list/seed.sql, their email and phone
 * sealed and blind-indexed with the system's data keys exactly as the application stores them (the database alone
 * cannot: the keys never go there). Run with crm-domain's jar on the class path:
 * java -cp crm-domain/target/crm-domain-*.jar bench/leads-list/SealedSeed.java COUNT AGENT_IDS KEY_FILE
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

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        String[] agents = args[1].split(",");
        FieldCipher cipher = new FieldCipher(KeyRing.read(Path.of(args[2])));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder out = new StringBuilder(1 << 16);
        for (int g = 1; g <= count; g++) {
            String first = FIRST[g % 12];
            String last = LAST[(g / 12) % 13];
            String email = "bench.lead." + g + "@example.com";
            String phone = "+1" + AREA[g % 6] + String.format("%07d", 2_000_000 + g);
            out.append(g).append('\t').append(first).append('\t').append(last).append('\t')
                    .append(cipher.seal(email)).append('\t').append(cipher.blindIndex(FieldCipher.EMAIL, email))
                    .append('\t').append(cipher.seal(phone)).append('\t')
                    .append(cipher.blindIndex(FieldCipher.PHONE, phone)).append('\t')
                    .append(SOURCE[(g * 7) % 8]).append('\t').append(STATUS[(g * 13) % 10]).append('\t')
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
