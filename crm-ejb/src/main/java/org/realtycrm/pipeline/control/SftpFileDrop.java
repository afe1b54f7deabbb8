package org.realtycrm.pipeline.control;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpATTRS;
import com.jcraft.jsch.SftpException;

import org.realtycrm.pipeline.entity.AfterPickup;

/**
 * {@link FileDrop} on an aggregator's SFTP folder. A file is waiting when its name matches the settings' glob, it is
 * neither a folder, a link nor a dot-file (an upload in progress often is one), and it has not been written for
 * {@link SftpSettings#settleSeconds()}. Its marker is its name, size and modification time: a file replaced under the
 * same name is a new version. A download resumes with an SFTP read from the first byte missing; a pickup moves the
 * file to the archive folder (under a new name when one of that name is there already, so nothing is overwritten) or
 * deletes it. The session is opened at the first call, reopened when the server dropped it, and ended by
 * {@link #close()}.
 */
public final class SftpFileDrop implements FileDrop {

    private static final Logger LOG = Logger.getLogger(SftpFileDrop.class.getName());

    private static final Comparator<DroppedFile> OLDEST_FIRST = Comparator
            .comparing(DroppedFile::modifiedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DroppedFile::name);
    private static final DateTimeFormatter ARCHIVE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_ARCHIVE_NAMES = 1000;

    private final SftpSettings settings;
    private final Clock clock;
    private SftpConnection connection;

    public SftpFileDrop(SftpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock tells when a file has settled and stamps archived names */
    public SftpFileDrop(SftpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<DroppedFile> waiting() {
        ChannelSftp sftp = channel();
        String folder = settings.folder();
        SftpATTRS attrs = stat(sftp, folder).orElseThrow(() -> new FileDropException(
                "folder " + folder + " not found on " + where()));
        if (!attrs.isDir()) {
            throw new FileDropException(folder + " on " + where() + " is not a folder");
        }
        Instant settledBefore = clock.instant().minusSeconds(settings.settleSeconds());
        List<DroppedFile> files = new ArrayList<>();
        try {
            sftp.ls(quoted(folder), entry -> {
                if (isList(entry.getFilename(), entry.getAttrs(), settledBefore)) {
                    files.add(dropped(entry.getFilename(), entry.getAttrs()));
                }
                return ChannelSftp.LsEntrySelector.CONTINUE;
            });
        } catch (SftpException e) {
            throw failure("cannot list folder " + folder, e);
        }
        files.sort(OLDEST_FIRST);
        return List.copyOf(files);
    }

    private boolean isList(String name, SftpATTRS attrs, Instant settledBefore) {
        if (name.startsWith(".") || attrs.isDir() || attrs.isLink() || !settings.matches(name)) {
            return false;
        }
        Instant modified = modifiedAt(attrs);
        if (settings.settleSeconds() > 0 && modified != null && modified.isAfter(settledBefore)) {
            LOG.fine(() -> name + " on " + where() + " was written at " + modified + ": left to settle");
            return false;
        }
        return true;
    }

    @Override
    public void fetch(DroppedFile file, Path target) {
        ChannelSftp sftp = channel();
        String path = remotePath(file.name());
        SftpATTRS attrs = stat(sftp, path).orElseThrow(() -> new FileDropException(
                file.name() + " is no longer in folder " + settings.folder() + " on " + where()));
        if (!dropped(file.name(), attrs).marker().equals(file.marker())) {
            throw new FileDropException(file.name() + " on " + where() + " changed since it was listed");
        }
        if (!hasSize(attrs)) {
            throw new FileDropException(where() + " does not tell the size of " + file.name()
                    + ", so a complete copy cannot be told from a cut-off one");
        }
        long size = attrs.getSize();
        long have = sizeOf(target);
        // more than the file holds cannot be a start of it: the copy begins again
        long from = have <= size ? have : 0;
        if (from < size) {
            if (from > 0) {
                LOG.fine(() -> "resuming " + file.name() + " from " + where() + " at byte " + from + " of " + size);
            }
            copy(sftp, path, target, from);
        }
        long got = sizeOf(target);
        if (got != size) {
            throw new FileDropException(file.name() + " from " + where() + ": " + got + " bytes arrived of " + size);
        }
    }

    private void copy(ChannelSftp sftp, String path, Path target, long from) {
        try (OutputStream out = Files.newOutputStream(target, CREATE, WRITE, from > 0 ? APPEND : TRUNCATE_EXISTING)) {
            sftp.get(quoted(path), out, null, ChannelSftp.RESUME, from);
        } catch (SftpException e) {
            throw failure("cannot download " + path, e);
        } catch (IOException e) {
            throw new FileDropException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void pickedUp(DroppedFile file) {
        ChannelSftp sftp = channel();
        String path = remotePath(file.name());
        Optional<SftpATTRS> attrs = stat(sftp, path);
        if (attrs.isEmpty()) {
            // a pickup repeated after a crash finds its work done
            LOG.fine(() -> file.name() + " is already gone from " + settings.folder() + " on " + where());
            return;
        }
        if (!dropped(file.name(), attrs.get()).marker().equals(file.marker())) {
            LOG.warning(() -> file.name() + " on " + where() + " was replaced after it was fetched: the new version "
                    + "is left for the next pickup");
            return;
        }
        if (settings.afterPickup() == AfterPickup.DELETE) {
            try {
                sftp.rm(quoted(path));
            } catch (SftpException e) {
                throw failure("cannot delete " + path, e);
            }
        } else {
            archive(sftp, file.name(), path);
        }
    }

    private void archive(ChannelSftp sftp, String name, String path) {
        String archive = settings.archiveFolder();
        makeFolder(sftp, archive);
        String destination = freeName(sftp, archive, name);
        try {
            sftp.rename(quoted(path), quoted(destination));
        } catch (SftpException e) {
            throw failure("cannot move " + path + " to " + destination, e);
        }
    }

    /** The archive folder and any folder above it that is missing. */
    private void makeFolder(ChannelSftp sftp, String folder) {
        Optional<SftpATTRS> attrs = stat(sftp, folder);
        if (attrs.isPresent()) {
            if (!attrs.get().isDir()) {
                throw new FileDropException("archive folder " + folder + " on " + where() + " is not a folder");
            }
            return;
        }
        int parentEnd = folder.replaceAll("/+$", "").lastIndexOf('/');
        if (parentEnd > 0) {
            makeFolder(sftp, folder.substring(0, parentEnd));
        }
        try {
            sftp.mkdir(folder);
        } catch (SftpException e) {
            throw failure("cannot create archive folder " + folder, e);
        }
    }

    /** The file's own name in the archive, else the name stamped with the time of the pickup. */
    private String freeName(ChannelSftp sftp, String folder, String name) {
        String plain = join(folder, name);
        if (stat(sftp, plain).isEmpty()) {
            return plain;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String stamped = base + "-" + ARCHIVE_STAMP.format(clock.instant());
        for (int n = 1; n <= MAX_ARCHIVE_NAMES; n++) {
            String candidate = join(folder, stamped + (n == 1 ? "" : "-" + n) + extension);
            if (stat(sftp, candidate).isEmpty()) {
                return candidate;
            }
        }
        throw new FileDropException("archive folder " + folder + " on " + where() + " already holds "
                + MAX_ARCHIVE_NAMES + " copies of " + name);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private ChannelSftp channel() {
        if (connection != null && !connection.isOpen()) {
            close();
        }
        if (connection == null) {
            connection = SftpConnection.open(settings);
        }
        return connection.channel();
    }

    private DroppedFile dropped(String name, SftpATTRS attrs) {
        long size = hasSize(attrs) ? attrs.getSize() : DroppedFile.UNKNOWN_SIZE;
        Instant modified = modifiedAt(attrs);
        String marker = name + ";" + size + ";" + (modified == null ? "" : modified.getEpochSecond());
        return new DroppedFile(name, size, modified, marker);
    }

    private static boolean hasSize(SftpATTRS attrs) {
        return (attrs.getFlags() & SftpATTRS.SSH_FILEXFER_ATTR_SIZE) != 0;
    }

    private static Instant modifiedAt(SftpATTRS attrs) {
        return (attrs.getFlags() & SftpATTRS.SSH_FILEXFER_ATTR_ACMODTIME) == 0 ? null
                : Instant.ofEpochSecond(Integer.toUnsignedLong(attrs.getMTime()));
    }

    private Optional<SftpATTRS> stat(ChannelSftp sftp, String path) {
        try {
            return Optional.of(sftp.stat(quoted(path)));
        } catch (SftpException e) {
            if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw failure("cannot read " + path, e);
        }
    }

    private String remotePath(String name) {
        return join(settings.folder(), name);
    }

    private static String join(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    /** JSch reads {@code *} and {@code ?} in a path as a pattern: a file named with one must not match others. */
    static String quoted(String path) {
        return path.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }

    private FileDropException failure(String what, SftpException e) {
        String reason = switch (e.id) {
            case ChannelSftp.SSH_FX_NO_SUCH_FILE -> "not found";
            case ChannelSftp.SSH_FX_PERMISSION_DENIED -> "permission denied";
            default -> e.getMessage();
        };
        return new FileDropException(what + " on " + where() + ": " + reason, e);
    }

    private String where() {
        return SftpConnection.where(settings);
    }

    private static long sizeOf(Path target) {
        try {
            return Files.exists(target) ? Files.size(target) : 0;
        } catch (IOException e) {
            throw new FileDropException("cannot read the size of " + target + ": " + e.getMessage(), e);
        }
    }
}
