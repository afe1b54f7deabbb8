package org.realtycrm.lead.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.ItemSelectEvent;
import org.realtycrm.lead.boundary.LeadDashboard;
import org.realtycrm.lead.entity.LeadFigures;
import org.realtycrm.lead.entity.LeadStatus;
import org.realtycrm.lead.entity.SourceCount;
import org.realtycrm.lead.entity.Temperature;

/**
 * The dashboard: cards and charts over {@link LeadDashboard#figures()}, read once per request. Each card and each
 * chart segment opens the leads list filtered to the leads it counts.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    LeadDashboard dashboard;

    private LeadFigures figures;

    public LeadFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }

    public String getStatusChart() {
        return ChartConfig.bar(names(LeadStatus.values()),
                Arrays.stream(LeadStatus.values()).map(this::countOf).toList(), "Leads by status");
    }

    public String getTemperatureChart() {
        return ChartConfig.doughnut(names(Temperature.values()),
                Arrays.stream(Temperature.values()).map(this::warmthOf).toList(), "Leads by temperature");
    }

    public String getSourceChart() {
        List<SourceCount> sources = getFigures().bySource();
        return ChartConfig.doughnut(sources.stream().map(SourceCount::source).toList(),
                sources.stream().map(SourceCount::count).toList(), "Leads by source");
    }

    public LeadStatus[] getStatuses() {
        return LeadStatus.values();
    }

    public Temperature[] getTemperatures() {
        return Temperature.values();
    }

    public long countOf(LeadStatus status) {
        return getFigures().byStatus().getOrDefault(status, 0L);
    }

    public long warmthOf(Temperature temperature) {
        return getFigures().byTemperature().getOrDefault(temperature, 0L);
    }

    public String getMedianSpeed() {
        return readable(getFigures().speedToContact().median());
    }

    public String getP90Speed() {
        return readable(getFigures().speedToContact().p90());
    }

    public void statusSelected(ItemSelectEvent event) {
        open("status=" + LeadStatus.values()[event.getItemIndex()]);
    }

    public void temperatureSelected(ItemSelectEvent event) {
        open("temperature=" + Temperature.values()[event.getItemIndex()]);
    }

    /** "Other" stands for many sources: it opens the whole list. */
    public void sourceSelected(ItemSelectEvent event) {
        SourceCount source = getFigures().bySource().get(event.getItemIndex());
        open(source.other() ? "" : "source=" + URLEncoder.encode(source.source(), StandardCharsets.UTF_8));
    }

    private static void open(String query) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/leads.xhtml" + (query.isEmpty() ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** "42 s", "17 min", "3 h 5 min", "2 d 4 h": as precise as a glance at a card needs. */
    static String readable(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "–";
        }
        Duration d = duration.get();
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }
}
