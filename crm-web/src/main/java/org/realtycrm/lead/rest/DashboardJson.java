package org.realtycrm.lead.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.SourceCount;
import org.realtycrm.lead.entity.SpeedToContact;
import org.realtycrm.lead.entity.Temperature;

@Schema(name = "Dashboard", description = "Figures over the leads the caller may see")
public record DashboardJson(long total, Map<LeadStatus, Long> byStatus, Map<Temperature, Long> byTemperature,
        List<SourceCount> bySource, long newToday, long overdueFollowUps, Speed speedToFirstContact,
        @Schema(description = "start of today in the brokerage's time zone") Instant newTodaySince, Instant asOf) {

    @Schema(name = "SpeedToFirstContact", description = "creation → first status change out of NEW, over the "
            + "leads created in the last windowDays days; seconds are null while no lead was contacted")
    public record Speed(Long medianSeconds, Long p90Seconds, long contacted, long awaiting, int windowDays) {

        static Speed of(SpeedToContact speed) {
            return new Speed(seconds(speed.median()), seconds(speed.p90()), speed.contacted(), speed.awaiting(),
                    speed.windowDays());
        }

        private static Long seconds(Optional<Duration> duration) {
            return duration.map(Duration::toSeconds).orElse(null);
        }
    }

    public static DashboardJson of(LeadFigures figures) {
        return new DashboardJson(figures.total(), figures.byStatus(), figures.byTemperature(), figures.bySource(),
                figures.newToday(), figures.overdueFollowUps(), Speed.of(figures.speedToContact()),
                figures.newTodaySince(), figures.asOf());
    }
}
