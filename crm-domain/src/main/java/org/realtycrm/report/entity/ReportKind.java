package org.realtycrm.report.entity;

import java.util.Arrays;
import java.util.Optional;

/** The reports, by the name their address and their CSV file carry. */
public enum ReportKind {
    SOURCE_ROI("source-roi"),
    SPEED_TO_LEAD("speed-to-lead"),
    FUNNEL("funnel"),
    LEADERBOARD("leaderboard");

    private final String slug;

    ReportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ReportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** {@code source-roi_2026-01-01_2026-01-31.csv} */
    public String fileName(ReportRange range) {
        return slug + "_" + range.label() + ".csv";
    }
}
