package org.realtycrm.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the PostgreSQL client tools: {@code pg_dump} in custom format (compressed, restorable table by table) of one
 * exported snapshot, and {@code pg_restore} into an empty database in a single transaction, so a failed restore
 * leaves nothing half-written. The password travels in the child's environment only.
 */
final class DatabaseDump {

    private static final int MAX_ERROR_CHARS = 2_000;

    private DatabaseDump() {
    }

    /** Writes the dump of {@code snapshot} (from {@code pg_export_snapshot()}, still open) to {@code out}. */
    static void dump(String pgDump, DatabaseAddress address, String password, String snapshot, OutputStream out)
            throws IOException {
        // a lock held by a migration on another server fails the dump after two minutes instead of queueing every
        // other query behind the dump's lock request
        List<String> command = List.of(pgDump, "--format=custom", "--no-password", "--lock-wait-timeout=120s",
                "--snapshot=" + snapshot);
        run(command, address, password, process -> {
            try (InputStream dump = process.getInputStream()) {
                dump.transferTo(out);
            }
        });
    }

    /** Restores {@code dumpFile} into the (empty) database of {@code address}, as its user, owning what it creates. */
    static void restore(String pgRestore, DatabaseAddress address, String password, Path dumpFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(pgRestore, "--no-password", "--exit-on-error",
                "--single-transaction", "--no-owner", "--no-privileges", "--dbname=" + address.database(),
                dumpFile.toString()));
        run(command, address, password, process -> process.getInputStream().transferTo(OutputStream.nullOutputStream()));
    }

    private interface Output {
        void read(Process process) throws IOException;
    }

    private static void run(List<String> command, DatabaseAddress address, String password, Output output)
            throws IOException {
        Path errors = Files.createTempFile("realtycrm-pgtool", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            address.applyTo(builder.environment(), password);
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new IOException("cannot run " + command.get(0) + " (install the PostgreSQL client tools, "
                        + "version 15 or newer, or set the path): " + e.getMessage(), e);
            }
            process.getOutputStream().close();
            try {
                output.read(process);
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "): "
                            + tail(errors));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException(command.get(0) + " was interrupted", e);
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String tail(Path errors) throws IOException {
        String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
        return text.length() <= MAX_ERROR_CHARS ? text : "…" + text.substring(text.length() - MAX_ERROR_CHARS);
    }
}
