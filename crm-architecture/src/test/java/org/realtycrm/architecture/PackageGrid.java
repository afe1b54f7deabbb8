package org.realtycrm.architecture;

import static org.realtycrm.architecture.CrmModule.BATCH;
import static org.realtycrm.architecture.CrmModule.DOMAIN;
import static org.realtycrm.architecture.CrmModule.EJB;
import static org.realtycrm.architecture.CrmModule.SITE;
import static org.realtycrm.architecture.CrmModule.UI;
import static org.realtycrm.architecture.CrmModule.WEB;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The grid of docs/architecture.md ("Packages: by feature, then role"): {@code org.realtycrm.<feature>.<role>}, each
 * role in one module, and the platform feature's own packages. A new feature or platform package is added here and
 * in that page together.
 */
final class PackageGrid {
    static final String BASE = "org.realtycrm";

    static final List<String> FEATURES = List.of("identity", "lead", "audit", "notification", "task", "property",
            "mls", "pipeline", "campaign", "integration", "portal", "report", "deal", "transaction");

    static final Map<String, CrmModule> ROLES = ordered(
            "entity", DOMAIN,
            "control", EJB,
            "boundary", EJB,
            "batch", BATCH,
            "rest", WEB,
            "ui", UI,
            "site", SITE);

    static final Map<String, CrmModule> PLATFORM = ordered(
            "entity", DOMAIN,
            "paging", DOMAIN,
            "problem", DOMAIN,
            "sealing", DOMAIN,
            "cluster", DOMAIN,
            "backup", EJB,
            "cache", EJB,
            "crypto", EJB,
            "csv", EJB,
            "migration", EJB,
            "persistence", EJB,
            "logging", EJB,
            "ratelimit", EJB,
            "storage", EJB,
            "timer", EJB,
            "metrics", EJB,
            "mime", EJB,
            "batch", BATCH,
            "rest", WEB,
            "health", WEB,
            "ui", UI,
            "site", SITE);

    private PackageGrid() {
    }

    /** Every package a class may live in, with the module that holds it. */
    static Map<String, CrmModule> packages() {
        Map<String, CrmModule> packages = new LinkedHashMap<>();
        FEATURES.forEach(feature -> ROLES.forEach((role, module) -> packages.put(BASE + "." + feature + "." + role, module)));
        PLATFORM.forEach((name, module) -> packages.put(BASE + ".platform." + name, module));
        return packages;
    }

    static Optional<CrmModule> moduleFor(String packageName) {
        return Optional.ofNullable(packages().get(packageName));
    }

    /** The feature of a package in the grid: {@code lead} for {@code org.realtycrm.lead.control}. */
    static Optional<String> featureOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length == 4 && packageName.startsWith(BASE + ".") ? Optional.of(parts[2]) : Optional.empty();
    }

    /** The role of a package in the grid: {@code control} for {@code org.realtycrm.lead.control}. */
    static Optional<String> roleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length == 4 && packageName.startsWith(BASE + ".") ? Optional.of(parts[3]) : Optional.empty();
    }

    private static Map<String, CrmModule> ordered(Object... pairs) {
        Map<String, CrmModule> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (CrmModule) pairs[i + 1]);
        }
        return map;
    }
}
