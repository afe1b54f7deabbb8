package org.realtycrm.it.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;

/**
 * Numbers the compliance gate lets a text go to now, for the system tests. The gate reads the real clock, so a test
 * that needs a text to go takes an area code whose local time is within the calling hours (8 am to 9 pm) now, among
 * zones from Guam to Puerto Rico; each is loaded into the National Registry ({@link #loadRegistry}; the lists are
 * shared by the whole build: no other test uses these area codes). From 11:00 to 12:00 UTC no North American number
 * is callable (past 9 pm on Guam, before 8 am in Puerto Rico): a test that needs one is then skipped.
 */
public final class CallingHours {

    /** Area codes and the zones their holders may be in (libphonenumber's and their state's), west to east. */
    public static final Map<String, List<ZoneId>> AREA_CODES = areaCodes();
    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(21, 0);

    private static final Random RANDOM = new Random();
    /** This build's exchange: numbers no other build used (the company's own list keeps every entry). */
    private static final int EXCHANGE = 300 + RANDOM.nextInt(500);
    private static final AtomicInteger LINES = new AtomicInteger(RANDOM.nextInt(5000));

    private CallingHours() {
    }

    private static Map<String, List<ZoneId>> areaCodes() {
        Map<String, List<ZoneId>> codes = new LinkedHashMap<>();
        codes.put("671", List.of(ZoneId.of("Pacific/Guam")));
        codes.put("808", List.of(ZoneId.of("Pacific/Honolulu")));
        codes.put("213", List.of(ZoneId.of("America/Los_Angeles")));
        codes.put("720", List.of(ZoneId.of("America/Denver")));
        codes.put("501", List.of(ZoneId.of("America/Chicago")));
        codes.put("404", List.of(ZoneId.of("America/New_York")));
        codes.put("787", List.of(ZoneId.of("America/Puerto_Rico")));
        // Newfoundland, and Labrador on Atlantic time (libphonenumber names it by Puerto Rico's zone)
        codes.put("709", List.of(ZoneId.of("America/Puerto_Rico"), ZoneId.of("America/St_Johns")));
        return codes;
    }

    /** Loads every area code above into the National Registry, dated yesterday, with one registered number each. */
    public static void loadRegistry(Api admin) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
        for (String areaCode : AREA_CODES.keySet()) {
            byte[] file = registered(areaCode).substring(2).concat("\n").getBytes(StandardCharsets.US_ASCII);
            admin.upload("/api/v1/pipeline/dnc/loads" + Query.of("list", "federal", "kind", "FULL", "dataDate",
                    yesterday), areaCode + ".txt", "text/plain", () -> new ByteArrayInputStream(file)).expect(201);
        }
    }

    /** The area code's number on the Registry (exchange 201, line 0001). */
    public static String registered(String areaCode) {
        return "+1" + areaCode + "2010001";
    }

    /** A number no test has used, in an area code whose local time is within the calling hours for a while. */
    public static String callableNumber() {
        Optional<String> areaCode = AREA_CODES.entrySet().stream()
                .filter(place -> callable(Instant.now(), place.getValue(), Duration.ofMinutes(15)))
                .map(Map.Entry::getKey).findFirst();
        Assumptions.assumeTrue(areaCode.isPresent(), "no North American zone is within the calling hours now");
        return newNumber(areaCode.get());
    }

    /** A number no test has used, in an area code where it is outside the calling hours now, if there is one. */
    public static Optional<String> quietNumber() {
        return AREA_CODES.entrySet().stream()
                .filter(place -> place.getValue().stream().noneMatch(zone -> within(Instant.now().atZone(zone)
                        .toLocalTime(), Duration.ofMinutes(-5))))
                .map(Map.Entry::getKey).findFirst().map(CallingHours::newNumber);
    }

    /** A number no test has used, in this area code. */
    public static String newNumber(String areaCode) {
        int line = LINES.getAndIncrement() % 10_000;
        // Guam's numbers are valid only in some exchanges
        return "+1" + areaCode + (areaCode.equals("671") ? "477" : String.valueOf(EXCHANGE))
                + String.format("%04d", line);
    }

    /** Whether the calling hours allow {@code moment} in every one of the zones, with {@code margin} to spare. */
    public static boolean callable(Instant moment, List<ZoneId> zones, Duration margin) {
        return zones.stream().allMatch(zone -> within(moment.atZone(zone).toLocalTime(), margin));
    }

    /** Whether {@code time} is within 08:00–21:00 with {@code margin} to spare at both ends. */
    public static boolean within(LocalTime time, Duration margin) {
        return !time.isBefore(OPENS.plus(margin)) && time.isBefore(CLOSES.minus(margin));
    }
}
