package org.realtycrm.pipeline.entity;

import java.net.URI;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * What an administrator configures for a list source. Secrets are not here: {@code passwordRef},
 * {@code privateKeyRef}, {@code passphraseRef} and {@code headerRef} name configuration entries (MicroProfile Config
 * keys or Payara password aliases) that hold them.
 *
 * @param knownHosts  OpenSSH known_hosts lines for the SFTP server: its host key is checked against them, never
 *                    learnt on first sight
 * @param pollMinutes how often the source is looked at; {@code null} for by hand only
 * @param traceWith   where its owners' phones come from
 * @param leadImport  which rows become leads ({@code null}: all)
 * @param exportTo    the platforms the run writes the list's files for ({@code null}: none)
 */
public record SourceSettings(String name, SourceKind kind, long mappingId, Long criteriaId, String host, Integer port,
        String username, String folder, String fileGlob, String knownHosts, String passwordRef, String privateKeyRef,
        String passphraseRef, AfterPickup afterPickup, String archiveFolder, String url, String headerName,
        String headerRef, Integer pollMinutes, TraceWith traceWith, LeadImport leadImport, Set<ExportPlatform> exportTo,
        boolean enabled) {

    private static final Pattern KNOWN_HOST = Pattern.compile("^\\S+\\s+(ssh-|ecdsa-|sk-)\\S+\\s+[A-Za-z0-9+/=]+.*$");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,120}");
    /**
     * The configuration entries a source may name for its secrets. Only these: a source names where its secret is
     * sent (a host, a URL), so an entry outside them (the database password, another vendor's key) could be sent to
     * a server of the administrator's choosing.
     */
    public static final String SECRET_PREFIX = "crm.pipeline.secret.";

    public SourceSettings {
        name = trimmed(name);
        host = trimmed(host);
        username = trimmed(username);
        folder = trimmed(folder);
        fileGlob = trimmed(fileGlob);
        knownHosts = trimmed(knownHosts);
        passwordRef = trimmed(passwordRef);
        privateKeyRef = trimmed(privateKeyRef);
        passphraseRef = trimmed(passphraseRef);
        archiveFolder = trimmed(archiveFolder);
        url = trimmed(url);
        headerName = trimmed(headerName);
        headerRef = trimmed(headerRef);
        leadImport = leadImport == null ? LeadImport.ALL : leadImport;
        exportTo = exportTo == null || exportTo.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(exportTo));
        List<FieldError> errors = new ArrayList<>();
        length(errors, "name", name, 120, true);
        if (kind == null) {
            errors.add(new FieldError("kind", "must be SFTP, HTTPS or UPLOAD"));
        } else if (kind == SourceKind.SFTP) {
            sftp(errors, host, port, username, folder, knownHosts, passwordRef, privateKeyRef, afterPickup,
                    archiveFolder);
        } else if (kind == SourceKind.HTTPS) {
            https(errors, url, headerName, headerRef);
        }
        length(errors, "fileGlob", fileGlob, 120, false);
        for (String[] ref : new String[][] {{"passwordRef", passwordRef}, {"privateKeyRef", privateKeyRef},
                {"passphraseRef", passphraseRef}, {"headerRef", headerRef}}) {
            length(errors, ref[0], ref[1], 255, false);
            if (ref[1] != null && (!ref[1].startsWith(SECRET_PREFIX) || ref[1].length() == SECRET_PREFIX.length())) {
                errors.add(new FieldError(ref[0], "must name a configuration entry " + SECRET_PREFIX + "<name>"));
            }
        }
        if (fileGlob != null) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("fileGlob", "is not a file name pattern such as *.csv"));
            }
        }
        if (pollMinutes != null && (kind == SourceKind.UPLOAD || pollMinutes < 5 || pollMinutes > 10080)) {
            errors.add(new FieldError("pollMinutes", kind == SourceKind.UPLOAD
                    ? "an upload source is not polled" : "must be between 5 and 10080 (a week)"));
        }
        if (traceWith == null) {
            errors.add(new FieldError("traceWith", "must be VENDOR or FILE"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void sftp(List<FieldError> errors, String host, Integer port, String username, String folder,
            String knownHosts, String passwordRef, String privateKeyRef, AfterPickup afterPickup,
            String archiveFolder) {
        length(errors, "host", host, 255, true);
        if (port == null || port < 1 || port > 65535) {
            errors.add(new FieldError("port", "must be between 1 and 65535"));
        }
        length(errors, "username", username, 120, true);
        length(errors, "folder", folder, 500, true);
        if (knownHosts == null || knownHosts.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .anyMatch(line -> !KNOWN_HOST.matcher(line).matches())
                || knownHosts.lines().map(String::strip).noneMatch(line -> KNOWN_HOST.matcher(line).matches())) {
            errors.add(new FieldError("knownHosts", "must hold the server's host key as known_hosts lines "
                    + "(\"host ssh-ed25519 AAAA...\"; ssh-keyscan prints them)"));
        }
        if (passwordRef == null && privateKeyRef == null) {
            errors.add(new FieldError("passwordRef", "name the configuration entry of a password or a private key"));
        }
        if (afterPickup == null) {
            errors.add(new FieldError("afterPickup", "must be ARCHIVE or DELETE"));
        } else if (afterPickup == AfterPickup.ARCHIVE) {
            length(errors, "archiveFolder", archiveFolder, 500, true);
            if (archiveFolder != null && folder != null
                    && stripSlashes(archiveFolder).equals(stripSlashes(folder))) {
                errors.add(new FieldError("archiveFolder", "must not be the folder lists are picked up from"));
            }
        }
    }

    private static void https(List<FieldError> errors, String url, String headerName, String headerRef) {
        try {
            URI address = url == null ? null : URI.create(url);
            if (address == null || !"https".equalsIgnoreCase(address.getScheme()) || address.getHost() == null
                    || address.getRawUserInfo() != null || url.length() > 2000) {
                errors.add(new FieldError("url", "must be an https:// address, without a user or password in it"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("url", "must be an https:// address"));
        }
        if ((headerName == null) != (headerRef == null)) {
            errors.add(new FieldError("headerName", "a header needs both its name and the entry of its value"));
        } else if (headerName != null && !HEADER_NAME.matcher(headerName).matches()) {
            errors.add(new FieldError("headerName", "must be a header name (letters, digits, dashes)"));
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "must be given"));
            }
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static String stripSlashes(String path) {
        String stripped = path;
        while (stripped.endsWith("/") && stripped.length() > 1) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
