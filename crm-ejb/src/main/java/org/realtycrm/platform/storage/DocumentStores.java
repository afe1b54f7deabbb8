package org.realtycrm.platform.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import org.realtycrm.platform.crypto.DataKeys;
import org.realtycrm.platform.crypto.EncryptionSettings;
import org.realtycrm.platform.sealing.KeyFileWatch;

/**
 * Makes the application's one {@link DocumentStore} from the configuration ({@link StorageSettings}):
 * {@code crm.storage.kind=filesystem} (the default) keeps documents under {@code crm.storage.root} (unset:
 * {@code ${user.home}/realtycrm/documents}), encrypted with the data keys of {@code crm.encryption.key-file};
 * {@code s3} keeps them in {@code crm.storage.s3.bucket}, encrypted by the server ({@code crm.storage.s3.sse}).
 */
@ApplicationScoped
public class DocumentStores {

    private static final Logger LOG = Logger.getLogger(DocumentStores.class.getName());

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    DocumentStore documentStore() {
        DocumentStore store = open(key -> config.getOptionalValue(key, String.class));
        LOG.info(() -> "documents are kept in " + store); // the stores' toString never shows a secret
        return store;
    }

    void close(@Disposes DocumentStore store) {
        store.close();
    }

    /**
     * @param config the value of a configuration key, if set
     * @throws IllegalArgumentException when the kind is unknown, the S3 settings are incomplete or the filesystem
     *                                  store has no key file
     */
    public static DocumentStore open(Function<String, Optional<String>> config) {
        String kind = kind(config);
        switch (kind) {
            case "filesystem":
                KeyFileWatch keyFile = new KeyFileWatch(Path.of(text(config, EncryptionSettings.KEY_FILE)
                        .orElseThrow(() -> new IllegalArgumentException(EncryptionSettings.KEY_FILE + " is needed: the "
                                + "filesystem document store encrypts documents with the data keys"))));
                return new FileSystemDocumentStore(fileSystemRoot(config).orElseThrow(),
                        () -> DataKeys.of(keyFile.current()));
            case "s3":
                return new S3DocumentStore(s3Settings(config));
            default:
                throw new IllegalArgumentException(StorageSettings.KIND + " is filesystem or s3, not " + kind);
        }
    }

    /**
     * The directory of the filesystem store ({@code crm.storage.root}, unset: {@code ${user.home}/realtycrm/documents});
     * empty when documents are kept elsewhere (S3).
     */
    public static Optional<Path> fileSystemRoot(Function<String, Optional<String>> config) {
        if (!kind(config).equals("filesystem")) {
            return Optional.empty();
        }
        return Optional.of(text(config, StorageSettings.ROOT).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), "realtycrm", "documents")));
    }

    private static String kind(Function<String, Optional<String>> config) {
        return text(config, StorageSettings.KIND).orElse("filesystem").toLowerCase(Locale.ROOT);
    }

    static S3Settings s3Settings(Function<String, Optional<String>> config) {
        S3Settings.Builder builder = S3Settings.builder(text(config, StorageSettings.S3_BUCKET).orElseThrow(() ->
                new IllegalArgumentException(StorageSettings.S3_BUCKET + " is needed when " + StorageSettings.KIND
                        + " is s3")));
        text(config, StorageSettings.S3_REGION).ifPresent(builder::region);
        text(config, StorageSettings.S3_ENDPOINT).map(URI::create).ifPresent(builder::endpoint);
        builder.pathStyle(flag(config, StorageSettings.S3_PATH_STYLE));
        builder.createBucket(flag(config, StorageSettings.S3_CREATE_BUCKET));
        builder.credentials(text(config, StorageSettings.S3_ACCESS_KEY).orElse(null),
                text(config, StorageSettings.S3_SECRET_KEY).orElse(null));
        text(config, StorageSettings.S3_SSE).map(S3Settings.Encryption::of).ifPresent(builder::encryption);
        builder.kmsKeyId(text(config, StorageSettings.S3_KMS_KEY_ID).orElse(null));
        return builder.build();
    }

    private static Optional<String> text(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static boolean flag(Function<String, Optional<String>> config, String key) {
        String value = text(config, key).orElse("false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " is true or false, not " + value);
        }
        return value.equals("true");
    }
}
