package org.realtycrm.pipeline.control;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

import org.realtycrm.pipeline.entity.AfterPickup;

/**
 * How {@link SftpFileDrop} reaches an aggregator's drop folder. The server is only ever trusted by its known hosts
 * entry: an unknown or changed host key is refused, never learnt, since a list of owners' names and phone numbers
 * must not be handed to whoever answers on the address. {@link #toString()} never shows the password, the private
 * key or its passphrase.
 *
 * @param host the server's name or address
 * @param port its SSH port, 1 to 65535
 * @param user the account the aggregator gave us
 * @param folder where the files are dropped; a relative path starts in the account's home folder
 * @param fileGlob which files of the folder are lists, e.g. {@code *.csv} (Java's glob syntax, so {@code *.{csv,txt}}
 *        works too); {@link #DEFAULT_GLOB} when null
 * @param knownHosts one or more OpenSSH known_hosts lines for the server (hashed host names are fine)
 * @param password the account's password, or null to log in by key only
 * @param privateKey the text of the private key (PEM, OpenSSH or PuTTY format), or null to log in by password only
 * @param passphrase what unlocks the private key, null when it is not encrypted
 * @param afterPickup whether a file picked up is moved to {@code archiveFolder} or deleted
 * @param archiveFolder where picked-up files are moved (created when missing); required with ARCHIVE, ignored with
 *        DELETE
 * @param connectTimeout how long to wait for the server to answer; {@link #DEFAULT_CONNECT_TIMEOUT} when null
 * @param settleSeconds how old a file's modification time must be before it is picked up: an aggregator still
 *        uploading a large list keeps writing to it, and a half-written list would be imported as if complete. 0
 *        turns the check off (for a source that uploads under a temporary name and renames when done). The age is
 *        measured against our clock, so it should exceed the clock skew between the two machines.
 */
public record SftpSettings(String host, int port, String user, String folder, String fileGlob, String knownHosts,
        String password, String privateKey, String passphrase, AfterPickup afterPickup, String archiveFolder,
        Duration connectTimeout, int settleSeconds) {

    public static final int DEFAULT_PORT = 22;
    public static final String DEFAULT_GLOB = "*";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** A minute without a write: an upload in progress writes far more often than that. */
    public static final int DEFAULT_SETTLE_SECONDS = 60;

    public SftpSettings {
        host = required(host, "host");
        user = required(user, "user");
        folder = required(folder, "folder");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
        fileGlob = fileGlob == null || fileGlob.isBlank() ? DEFAULT_GLOB : fileGlob.strip();
        matcher(fileGlob);
        if (knownHosts == null || knownHosts.lines().noneMatch(SftpSettings::isHostKeyLine)) {
            throw new IllegalArgumentException("the server's known hosts entry is required (an OpenSSH known_hosts "
                    + "line such as \"sftp.example.com ssh-ed25519 AAAA…\"): without it the server cannot be told "
                    + "from an impostor");
        }
        password = emptyToNull(password);
        privateKey = emptyToNull(privateKey);
        passphrase = emptyToNull(passphrase);
        if (password == null && privateKey == null) {
            throw new IllegalArgumentException("a password or a private key is required to log in as " + user);
        }
        if (passphrase != null && privateKey == null) {
            throw new IllegalArgumentException("a passphrase was given without a private key");
        }
        Objects.requireNonNull(afterPickup, "afterPickup (ARCHIVE or DELETE) is required");
        archiveFolder = emptyToNull(archiveFolder);
        if (afterPickup == AfterPickup.ARCHIVE) {
            if (archiveFolder == null) {
                throw new IllegalArgumentException("an archive folder is required to archive picked-up files");
            }
            if (withoutTrailingSlash(archiveFolder).equals(withoutTrailingSlash(folder))) {
                throw new IllegalArgumentException("the archive folder must not be the drop folder " + folder);
            }
        }
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        if (connectTimeout.isNegative() || connectTimeout.isZero() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connect timeout " + connectTimeout);
        }
        if (settleSeconds < 0) {
            throw new IllegalArgumentException("settleSeconds must not be negative: " + settleSeconds);
        }
    }

    public static Builder builder(String host, String user, String folder, String knownHosts) {
        return new Builder(host, user, folder, knownHosts);
    }

    /** Whether a file of the drop folder, by its name, is one of the lists. */
    public boolean matches(String fileName) {
        return matcher(fileGlob).matches(java.nio.file.Path.of(fileName));
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("file name pattern " + glob + " is not a valid glob: "
                    + e.getDescription(), e);
        }
    }

    private static boolean isHostKeyLine(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && !stripped.startsWith("#") && stripped.split("\\s+").length >= 3;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? withoutTrailingSlash(path.substring(0, path.length() - 1)) : path;
    }

    @Override
    public String toString() {
        long entries = knownHosts.lines().filter(SftpSettings::isHostKeyLine).count();
        return "SftpSettings[" + user + "@" + host + ":" + port + folder(folder) + fileGlob
                + (password != null ? ", password" : "") + (privateKey != null ? ", private key" : "")
                + (passphrase != null ? " with passphrase" : "") + ", " + entries + " known host key"
                + (entries == 1 ? "" : "s") + ", "
                + (afterPickup == AfterPickup.ARCHIVE ? "archive to " + archiveFolder : "delete") + " after pickup"
                + ", settle " + settleSeconds + " s, connect timeout " + connectTimeout.toSeconds() + " s]";
    }

    private static String folder(String folder) {
        return (folder.startsWith("/") ? "" : " ") + withoutTrailingSlash(folder) + "/";
    }

    /** The settings with their defaults: port 22, every file, 60 s to settle, 30 s to connect. */
    public static final class Builder {
        private final String host;
        private final String user;
        private final String folder;
        private final String knownHosts;
        private int port = DEFAULT_PORT;
        private String fileGlob = DEFAULT_GLOB;
        private String password;
        private String privateKey;
        private String passphrase;
        private AfterPickup afterPickup;
        private String archiveFolder;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private int settleSeconds = DEFAULT_SETTLE_SECONDS;

        private Builder(String host, String user, String folder, String knownHosts) {
            this.host = host;
            this.user = user;
            this.folder = folder;
            this.knownHosts = knownHosts;
        }

        public Builder port(int port) { this.port = port; return this; }
        public Builder fileGlob(String glob) { this.fileGlob = glob; return this; }
        public Builder password(String password) { this.password = password; return this; }
        /** @param passphrase null when the key is not encrypted */
        public Builder privateKey(String privateKey, String passphrase) {
            this.privateKey = privateKey;
            this.passphrase = passphrase;
            return this;
        }
        public Builder archiveTo(String archiveFolder) {
            this.afterPickup = AfterPickup.ARCHIVE;
            this.archiveFolder = archiveFolder;
            return this;
        }
        public Builder deleteAfterPickup() {
            this.afterPickup = AfterPickup.DELETE;
            this.archiveFolder = null;
            return this;
        }
        public Builder connectTimeout(Duration timeout) { this.connectTimeout = timeout; return this; }
        public Builder settleSeconds(int seconds) { this.settleSeconds = seconds; return this; }

        public SftpSettings build() {
            return new SftpSettings(host, port, user, folder, fileGlob, knownHosts, password, privateKey, passphrase,
                    afterPickup, archiveFolder, connectTimeout, settleSeconds);
        }
    }
}
