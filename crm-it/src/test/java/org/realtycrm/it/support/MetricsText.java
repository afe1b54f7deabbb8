package org.realtycrm.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/** The server's /metrics answer in the Prometheus text format, read as a scraper reads it. */
public record MetricsText(String text) {

    /** {@code GET /metrics} as Prometheus asks for it, without signing in. */
    public static MetricsText scrape() {
        return new MetricsText(Api.anonymous().get("/metrics", "text/plain").expect(200).body());
    }

    /** The names of every sample line (a summary's {@code _count} and {@code _sum} are names of their own). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples().forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    /**
     * The value of the sample with this name whose labels include all of {@code labels} (each {@code name="value"});
     * empty when there is none.
     */
    public OptionalDouble value(String name, String... labels) {
        for (String line : samples()) {
            String sampleName = line.split("[{ ]", 2)[0];
            if (sampleName.equals(name) && containsAll(line, labels)) {
                String[] parts = line.substring(line.lastIndexOf('}') + 1).trim().split("\\s+");
                return OptionalDouble.of(Double.parseDouble(parts[0]));
            }
        }
        return OptionalDouble.empty();
    }

    /** The value, 0 when the series is absent (a counter not yet touched). */
    public double valueOrZero(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    private static boolean containsAll(String line, String... labels) {
        int open = line.indexOf('{');
        String labelText = open < 0 ? "" : line.substring(open, line.lastIndexOf('}') + 1);
        for (String label : labels) {
            if (!labelText.contains(label)) {
                return false;
            }
        }
        return true;
    }

    private List<String> samples() {
        List<String> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(line.strip());
            }
        }
        return samples;
    }
}
