package org.realtycrm.pipeline.control;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.pipeline.entity.AfterPickup;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.SourceKind;
import org.realtycrm.pipeline.entity.SourceSettings;

/**
 * Opens the adapter a list source's kind names, with its secrets. The secrets are read here and only here, from the
 * configuration entries the source names (a MicroProfile Config key, which Payara also resolves from its password
 * aliases), so they never pass through the database, the API or the screens; only entries under
 * {@link SourceSettings#SECRET_PREFIX}, since a source decides where its secret is sent.
 */
@ApplicationScoped
public class FileDrops {

    @Inject
    Config config;

    public FileDrop open(ListSource source) {
        SourceSettings settings = source.settings();
        if (settings.kind() == SourceKind.SFTP) {
            SftpSettings.Builder sftp = SftpSettings.builder(settings.host(), settings.username(), settings.folder(),
                    settings.knownHosts()).port(settings.port());
            if (settings.fileGlob() != null) {
                sftp.fileGlob(settings.fileGlob());
            }
            if (settings.passwordRef() != null) {
                sftp.password(secret(settings.passwordRef()));
            }
            if (settings.privateKeyRef() != null) {
                sftp.privateKey(secret(settings.privateKeyRef()), secret(settings.passphraseRef()));
            }
            if (settings.afterPickup() == AfterPickup.ARCHIVE) {
                sftp.archiveTo(settings.archiveFolder());
            } else {
                sftp.deleteAfterPickup();
            }
            return new SftpFileDrop(sftp.build());
        }
        if (settings.kind() == SourceKind.HTTPS) {
            return new HttpsFileDrop(new HttpsSettings(URI.create(settings.url()), settings.headerName(),
                    secret(settings.headerRef()), source.getLastMarker(), null, null));
        }
        throw new FileDropException("source " + settings.name() + " takes uploads only: there is nothing to pick up");
    }

    private String secret(String ref) {
        if (ref == null) {
            return null;
        }
        if (!ref.startsWith(SourceSettings.SECRET_PREFIX)) {
            throw new FileDropException("the source names " + ref + " for a secret: only entries "
                    + SourceSettings.SECRET_PREFIX + "<name> may be sent to a list source");
        }
        Optional<String> value = config.getOptionalValue(ref, String.class);
        return value.orElseThrow(() -> new FileDropException("the configuration has no entry " + ref
                + " (set it with asadmin create-password-alias or as a system property)"));
    }
}
