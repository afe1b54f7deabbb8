package org.realtycrm.campaign.control;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;

import org.realtycrm.campaign.entity.QuietHoursRule;
import org.realtycrm.campaign.entity.RecipientLocation;
import org.realtycrm.campaign.entity.UsStateTimeZones;

/**
 * The time zones a recipient's phone number places them in, for the quiet hours ({@link QuietHoursRule}), from
 * libphonenumber's offline data: the zones of the number's prefix, and for a North American number also every zone of
 * the state the prefix is in.
 *
 * <p>The state's zones are added because libphonenumber gives an area code that spans zones a single one: 850, the
 * Florida panhandle, is Eastern only, though Pensacola is on Central time; 423, East Tennessee, is Central only. Only
 * some exchanges are mapped more finely. Adding the state's zones is the conservative answer the rule wants for
 * a number whose zone is uncertain.
 */
@ApplicationScoped
public class RecipientTimeZones {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final int NORTH_AMERICA = 1;
    /** "Pensacola, FL": a city and the state's postal code. */
    private static final Pattern CITY_AND_STATE = Pattern.compile(".+,\\s*([A-Z]{2})");
    /** The geocoder's names that are not the states' own. */
    private static final Map<String, String> GEOCODER_NAMES = Map.of("Washington State", "WA",
            "Washington D.C.", "DC");

    /**
     * The zones of a number in E.164, each once; empty when the number is not one or its zones are not known (and
     * so also if libphonenumber names a zone this JDK does not know: a zone missing would make the answer wrong,
     * while none makes it unknown).
     */
    public List<ZoneId> ofNumber(String e164) {
        Optional<PhoneNumber> parsed = parsed(e164);
        if (parsed.isEmpty()) {
            return List.of();
        }
        PhoneNumber number = parsed.get();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (String id : PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number)) {
            if (!id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                try {
                    zones.add(ZoneId.of(id));
                } catch (DateTimeException e) {
                    return List.of();
                }
            }
        }
        if (number.getCountryCode() == NORTH_AMERICA) {
            stateOf(number).flatMap(UsStateTimeZones::zonesOf).ifPresent(zones::addAll);
        }
        return List.copyOf(zones);
    }

    /**
     * What the rule needs to know of where a recipient is: their address's state (or null) and their number's zones.
     * The state the area code is in is not taken for the recipient's: numbers move with people, so a number alone
     * gets the narrowest of the states' windows ({@link org.realtycrm.campaign.entity.QuietHoursRule}).
     */
    public RecipientLocation locate(String state, String e164) {
        return new RecipientLocation(state, ofNumber(e164));
    }

    private static Optional<PhoneNumber> parsed(String e164) {
        if (e164 == null || e164.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NUMBERS.parse(e164.strip(), null));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The US state, DC or territory the geocoder places a North American number in, if any. */
    private static Optional<String> stateOf(PhoneNumber number) {
        PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
        String place;
        synchronized (geocoder) { // it loads its data lazily into a plain HashMap
            place = geocoder.getDescriptionForNumber(number, Locale.ENGLISH).strip();
        }
        Matcher cityAndState = CITY_AND_STATE.matcher(place);
        if (cityAndState.matches()) {
            return Optional.of(cityAndState.group(1)).filter(UsStateTimeZones::isState);
        }
        return Optional.ofNullable(GEOCODER_NAMES.get(place)).or(() -> UsStateTimeZones.codeOf(place));
    }
}
