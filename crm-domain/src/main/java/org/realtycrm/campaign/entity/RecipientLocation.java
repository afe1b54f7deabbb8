package org.realtycrm.campaign.entity;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What is known of where a recipient is, for the quiet hours: the state of their address and the time zones of their
 * phone number, either or both unknown. The state is kept as a postal code, upper-cased ({@code " fl "} and
 * {@code "Florida"} are both FL), or {@code null}; one that is no US state (a Canadian province) is kept as given and
 * counts as unknown to {@link QuietHoursRule}.
 */
public record RecipientLocation(String state, List<ZoneId> numberZones) {

    public static final RecipientLocation UNKNOWN = new RecipientLocation(null, List.of());

    public RecipientLocation {
        if (state != null) {
            String given = state.strip();
            state = given.isEmpty() ? null
                    : UsStateTimeZones.codeOf(given).orElse(given.toUpperCase(Locale.ROOT));
        }
        numberZones = numberZones == null ? List.of() : numberZones.stream().distinct().toList();
    }

    public static RecipientLocation inState(String state) {
        return new RecipientLocation(state, List.of());
    }

    public static RecipientLocation byNumber(List<ZoneId> numberZones) {
        return new RecipientLocation(null, numberZones);
    }
}
