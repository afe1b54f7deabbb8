package org.realtycrm.lead.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.lead.control.LeadSettings;

/**
 * Times as the brokerage reads them: the screens show and take times in the brokerage's zone (the same zone in
 * which the dashboard's "today" starts), whatever zone the server or the browser runs in.
 */
@Named
@ApplicationScoped
public class Brokerage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.US);

    @Inject
    @ConfigProperty(name = LeadSettings.TIME_ZONE)
    String zoneName;

    private ZoneId zone;

    @PostConstruct
    void resolveZone() {
        zone = ZoneId.of(zoneName);
    }

    /** The zone's id, which the lead form names next to the follow-up time it takes in that zone. */
    public String getZoneId() {
        return zone.getId();
    }

    public String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    public Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
