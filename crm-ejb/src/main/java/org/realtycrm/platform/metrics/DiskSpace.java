package org.realtycrm.platform.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.realtycrm.platform.storage.DocumentStores;

/**
 * Free and total space of the file systems the server writes to, label {@code volume}: {@code logs} (the server's
 * log directory) and {@code documents} (the document store's directory, when documents are kept on the filesystem;
 * not with S3). Gauges {@code crm.disk.free} (what this server's user may still write) and {@code crm.disk.size},
 * in bytes; -1 when the file system cannot be read.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DiskSpace {

    private static final Logger LOG = Logger.getLogger(DiskSpace.class.getName());

    @Inject
    Config config;

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void register() {
        Metadata free = Metadata.builder().withName("crm.disk.free").withUnit(MetricUnits.BYTES)
                .withDescription("Usable free space of the file system holding a volume (label volume: logs, "
                        + "documents); -1 when unreadable").build();
        Metadata total = Metadata.builder().withName("crm.disk.size").withUnit(MetricUnits.BYTES)
                .withDescription("Size of the file system holding a volume (label volume); -1 when unreadable").build();
        volumes(key -> config.getOptionalValue(key, String.class)).forEach((volume, directory) -> {
            LOG.info(() -> "disk space of " + volume + " measured at " + directory);
            metrics.gauge(free, () -> measure(directory, path -> space(path, true)), new Tag("volume", volume));
            metrics.gauge(total, () -> measure(directory, path -> space(path, false)), new Tag("volume", volume));
        });
    }

    /** The measured directories by volume name. */
    static Map<String, Path> volumes(Function<String, Optional<String>> config) {
        Map<String, Path> volumes = new LinkedHashMap<>();
        Optional<String> instanceRoot = Optional.ofNullable(System.getProperty("com.sun.aas.instanceRoot"));
        volumes.put("logs", instanceRoot.map(root -> Path.of(root, "logs")).orElseGet(() -> Path.of(".")));
        DocumentStores.fileSystemRoot(config).ifPresent(root -> volumes.put("documents", root));
        return volumes;
    }

    /** The space of the file system the directory is (or, not created yet, will be) on. */
    static long measure(Path directory, ToLongFunction<Path> space) {
        Path existing = directory.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? -1 : space.applyAsLong(existing);
        } catch (UncheckedIOException e) {
            return -1;
        }
    }

    private static long space(Path path, boolean free) {
        try {
            return free ? Files.getFileStore(path).getUsableSpace() : Files.getFileStore(path).getTotalSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
