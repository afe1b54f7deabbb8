package org.realtycrm.campaign.entity;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones in use in each US state, in DC and in the territories of the North American Numbering Plan, by
 * two-letter postal code: what the quiet hours are read in when only the recipient's state is known.
 *
 * <p>A state that spans several zones lists them all, each as the IANA zone (tz database, {@code zone.tab}) of the
 * part of the state it covers, so that a time allowed in every zone of a state is allowed wherever in it the recipient
 * is. Zones with the same clock today are kept apart where the tz database keeps them apart (Indiana's counties,
 * Alaska's): they differed in the past and may again. Only official time is listed: the few towns that keep a
 * neighbour's time unofficially (Phenix City, Alabama, on Eastern time; Kenton, Oklahoma, on Mountain time) are not.
 */
public final class UsStateTimeZones {

    private record Place(String name, boolean state, List<ZoneId> zones) {
    }

    private static final Map<String, Place> PLACES = new LinkedHashMap<>();

    static {
        state("AL", "Alabama", "America/Chicago");
        // AKST: Anchorage and the rest; the Aleutians west of 169°30'W keep Hawaii-Aleutian time (Adak)
        state("AK", "Alaska", "America/Anchorage", "America/Juneau", "America/Sitka", "America/Metlakatla",
                "America/Yakutat", "America/Nome", "America/Adak");
        // MST without daylight saving, but the Navajo Nation keeps Mountain time with it
        state("AZ", "Arizona", "America/Phoenix", "America/Denver");
        state("AR", "Arkansas", "America/Chicago");
        state("CA", "California", "America/Los_Angeles");
        state("CO", "Colorado", "America/Denver");
        state("CT", "Connecticut", "America/New_York");
        state("DE", "Delaware", "America/New_York");
        state("DC", "District of Columbia", "America/New_York");
        // the panhandle west of the Apalachicola River is on Central time
        state("FL", "Florida", "America/New_York", "America/Chicago");
        state("GA", "Georgia", "America/New_York");
        state("HI", "Hawaii", "Pacific/Honolulu");
        // the south on Mountain time (Boise), the panhandle north of the Salmon River on Pacific time
        state("ID", "Idaho", "America/Boise", "America/Los_Angeles");
        state("IL", "Illinois", "America/Chicago");
        // Eastern for most counties; Central in the northwest (Chicago area) and the southwest (Evansville area)
        state("IN", "Indiana", "America/Indiana/Indianapolis", "America/Indiana/Vincennes", "America/Indiana/Winamac",
                "America/Indiana/Marengo", "America/Indiana/Petersburg", "America/Indiana/Vevay", "America/Chicago",
                "America/Indiana/Tell_City", "America/Indiana/Knox");
        state("IA", "Iowa", "America/Chicago");
        // Greeley, Hamilton, Sherman and Wallace counties are on Mountain time
        state("KS", "Kansas", "America/Chicago", "America/Denver");
        // the east on Eastern time (Louisville and Wayne County have zones of their own), the west on Central
        state("KY", "Kentucky", "America/New_York", "America/Kentucky/Louisville", "America/Kentucky/Monticello",
                "America/Chicago");
        state("LA", "Louisiana", "America/Chicago");
        state("ME", "Maine", "America/New_York");
        state("MD", "Maryland", "America/New_York");
        state("MA", "Massachusetts", "America/New_York");
        // the four Upper Peninsula counties along Wisconsin are on Central time (Menominee)
        state("MI", "Michigan", "America/Detroit", "America/Menominee");
        state("MN", "Minnesota", "America/Chicago");
        state("MS", "Mississippi", "America/Chicago");
        state("MO", "Missouri", "America/Chicago");
        state("MT", "Montana", "America/Denver");
        // the western panhandle is on Mountain time
        state("NE", "Nebraska", "America/Chicago", "America/Denver");
        // Pacific, but West Wendover is officially on Mountain time (Jackpot and Jarbidge unofficially)
        state("NV", "Nevada", "America/Los_Angeles", "America/Denver");
        state("NH", "New Hampshire", "America/New_York");
        state("NJ", "New Jersey", "America/New_York");
        state("NM", "New Mexico", "America/Denver");
        state("NY", "New York", "America/New_York");
        state("NC", "North Carolina", "America/New_York");
        // Central, with three counties that moved from Mountain time having zones of their own; the southwest Mountain
        state("ND", "North Dakota", "America/Chicago", "America/North_Dakota/Center", "America/North_Dakota/New_Salem",
                "America/North_Dakota/Beulah", "America/Denver");
        state("OH", "Ohio", "America/New_York");
        state("OK", "Oklahoma", "America/Chicago");
        // Pacific, but most of Malheur County is on Mountain time with Boise
        state("OR", "Oregon", "America/Los_Angeles", "America/Boise");
        state("PA", "Pennsylvania", "America/New_York");
        state("RI", "Rhode Island", "America/New_York");
        state("SC", "South Carolina", "America/New_York");
        // the western half is on Mountain time
        state("SD", "South Dakota", "America/Chicago", "America/Denver");
        // East Tennessee (Knoxville, Chattanooga) is on Eastern time
        state("TN", "Tennessee", "America/Chicago", "America/New_York");
        // El Paso and Hudspeth counties are on Mountain time
        state("TX", "Texas", "America/Chicago", "America/Denver");
        state("UT", "Utah", "America/Denver");
        state("VT", "Vermont", "America/New_York");
        state("VA", "Virginia", "America/New_York");
        state("WA", "Washington", "America/Los_Angeles");
        state("WV", "West Virginia", "America/New_York");
        state("WI", "Wisconsin", "America/Chicago");
        state("WY", "Wyoming", "America/Denver");

        territory("PR", "Puerto Rico", "America/Puerto_Rico");
        territory("VI", "U.S. Virgin Islands", "America/St_Thomas");
        territory("GU", "Guam", "Pacific/Guam");
        territory("MP", "Northern Mariana Islands", "Pacific/Saipan");
        territory("AS", "American Samoa", "Pacific/Pago_Pago");
    }

    private static final List<ZoneId> ALL_STATES = PLACES.values().stream().filter(Place::state)
            .flatMap(place -> place.zones().stream()).distinct().toList();

    private UsStateTimeZones() {
    }

    private static void state(String code, String name, String... zones) {
        PLACES.put(code, new Place(name, true, Arrays.stream(zones).map(ZoneId::of).toList()));
    }

    private static void territory(String code, String name, String... zones) {
        PLACES.put(code, new Place(name, false, Arrays.stream(zones).map(ZoneId::of).toList()));
    }

    private static Optional<Place> place(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(PLACES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The zones in use in a state, DC or territory, by postal code in any case ({@code fl}, {@code " FL "}). */
    public static Optional<List<ZoneId>> zonesOf(String code) {
        return place(code).map(Place::zones);
    }

    /** Whether this is the postal code of a state, DC or a territory listed here. */
    public static boolean isState(String code) {
        return place(code).isPresent();
    }

    /** The postal code of a state, DC or territory by its English name in any case ({@code "new york"} is NY). */
    public static Optional<String> codeOf(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return PLACES.entrySet().stream().filter(entry -> entry.getValue().name().equalsIgnoreCase(wanted))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The postal codes listed: the 50 states, DC, then the territories. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(PLACES.keySet()));
    }

    /**
     * Every zone of the 50 states and DC, each once: where a recipient may be when nothing says where. The
     * territories are left out: a recipient of a US business with no known address or number is presumed to be in a
     * state, and Guam, a day ahead of the mainland, would leave little of the day allowed for everyone.
     */
    public static List<ZoneId> zonesOfAllStates() {
        return ALL_STATES;
    }
}
