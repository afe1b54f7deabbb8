package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.platform.crypto.EncryptionSettings;

/** Choosing and configuring the adapter from the crm.storage.* keys. */
class DocumentStoresTest {

    @TempDir
    Path temp;

    @Test
    void the_filesystem_store_is_the_default_under_the_configured_root() throws Exception {
        try (DocumentStore store = DocumentStores.open(config(Map.of(StorageSettings.ROOT, temp + "/docs",
                EncryptionSettings.KEY_FILE, keyFile().toString())))) {
            assertThat(store).isInstanceOf(FileSystemDocumentStore.class);
            assertThat(((FileSystemDocumentStore) store).root()).isEqualTo(temp.resolve("docs").toAbsolutePath());
        }
    }

    @Test
    void without_a_root_the_filesystem_store_lives_in_the_users_home() throws Exception {
        String home = System.getProperty("user.home");
        String keys = keyFile().toString();
        try {
            System.setProperty("user.home", temp.toString());
            try (DocumentStore store = DocumentStores.open(config(Map.of(StorageSettings.KIND, "filesystem",
                    StorageSettings.ROOT, " ", EncryptionSettings.KEY_FILE, keys)))) {
                assertThat(((FileSystemDocumentStore) store).root())
                        .isEqualTo(temp.resolve("realtycrm/documents").toAbsolutePath());
            }
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void the_filesystem_store_encrypts_with_the_configured_key_file_and_needs_one() throws Exception {
        Map<String, String> settings = Map.of(StorageSettings.ROOT, temp + "/docs",
                EncryptionSettings.KEY_FILE, keyFile().toString());
        try (DocumentStore store = DocumentStores.open(config(settings))) {
            store.put("docs/note.txt", new ByteArrayInputStream("call Maria".getBytes(StandardCharsets.UTF_8)), 10,
                    "text/plain");
        }

        assertThat(Files.readString(temp.resolve("docs/docs/note.txt"), StandardCharsets.ISO_8859_1))
                .doesNotContain("Maria");
        try (DocumentStore reopened = DocumentStores.open(config(settings));
             DocumentContent content = reopened.get("docs/note.txt").orElseThrow()) {
            assertThat(content.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("call Maria");
        }
        assertThatThrownBy(() -> DocumentStores.open(config(Map.of(StorageSettings.ROOT, temp + "/docs"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(EncryptionSettings.KEY_FILE);
    }

    @Test
    void s3_encrypts_on_the_server_with_aes256_unless_told_otherwise() {
        S3Settings aes = DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b")));
        S3Settings kms = DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_SSE, "aws:kms", StorageSettings.S3_KMS_KEY_ID, "alias/crm-documents")));
        S3Settings kmsDefaultKey = DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_SSE, "AWS:KMS")));
        S3Settings none = DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_SSE, " none ")));

        assertThat(aes.encryption()).isEqualTo(S3Settings.Encryption.AES256);
        assertThat(aes.toString()).contains("server-side encryption AES256");
        assertThat(kms.encryption()).isEqualTo(S3Settings.Encryption.KMS);
        assertThat(kms.kmsKeyId()).hasValue("alias/crm-documents");
        assertThat(kms.toString()).contains("server-side encryption aws:kms with alias/crm-documents");
        assertThat(kmsDefaultKey.kmsKeyId()).isEmpty();
        assertThat(none.encryption()).isEqualTo(S3Settings.Encryption.NONE);
        assertThat(none.toString()).contains("server-side encryption none");
    }

    @Test
    void an_unknown_server_side_encryption_or_a_kms_key_without_kms_is_refused() {
        assertThatThrownBy(() -> DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_SSE, "AES-256"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.S3_SSE)
                .hasMessageContaining("AES256, aws:kms or none");
        assertThatThrownBy(() -> DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_KMS_KEY_ID, "alias/crm-documents"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.S3_KMS_KEY_ID)
                .hasMessageContaining("aws:kms");
    }

    @Test
    void s3_settings_are_read_from_the_keys() {
        S3Settings settings = DocumentStores.s3Settings(config(Map.of(
                StorageSettings.S3_BUCKET, "crm-photos",
                StorageSettings.S3_REGION, "eu-central-1",
                StorageSettings.S3_ENDPOINT, "http://localhost:9000",
                StorageSettings.S3_PATH_STYLE, "true",
                StorageSettings.S3_ACCESS_KEY, "minio",
                StorageSettings.S3_SECRET_KEY, "minio-secret-123",
                StorageSettings.S3_CREATE_BUCKET, "TRUE")));

        assertThat(settings.bucket()).isEqualTo("crm-photos");
        assertThat(settings.region()).isEqualTo("eu-central-1");
        assertThat(settings.endpoint()).hasValue(URI.create("http://localhost:9000"));
        assertThat(settings.pathStyle()).isTrue();
        assertThat(settings.createBucket()).isTrue();
        assertThat(settings.hasStaticCredentials()).isTrue();
        assertThat(settings.secretKey()).isEqualTo("minio-secret-123");
        assertThat(settings.toString()).contains("crm-photos", "minio").doesNotContain("minio-secret-123");
    }

    @Test
    void s3_without_keys_uses_the_default_chain_on_aws() {
        S3Settings settings = DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "crm-photos")));

        assertThat(settings.region()).isEqualTo("us-east-1");
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.pathStyle()).isFalse();
        assertThat(settings.createBucket()).isFalse();
        assertThat(settings.hasStaticCredentials()).isFalse();
        assertThat(settings.toString()).contains("default credentials chain");
    }

    @Test
    void the_s3_kind_builds_the_s3_store() {
        try (DocumentStore store = DocumentStores.open(config(Map.of(StorageSettings.KIND, "S3",
                StorageSettings.S3_BUCKET, "crm-photos", StorageSettings.S3_ACCESS_KEY, "a",
                StorageSettings.S3_SECRET_KEY, "b")))) {
            assertThat(store).isInstanceOf(S3DocumentStore.class);
        }
    }

    @Test
    void incomplete_or_wrong_settings_are_refused_with_the_key_to_fix() {
        assertThatThrownBy(() -> DocumentStores.open(config(Map.of(StorageSettings.KIND, "ftp"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.KIND);
        assertThatThrownBy(() -> DocumentStores.open(config(Map.of(StorageSettings.KIND, "s3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.S3_BUCKET);
        assertThatThrownBy(() -> DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_ACCESS_KEY, "only-the-key"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.S3_SECRET_KEY);
        assertThatThrownBy(() -> DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_PATH_STYLE, "yes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StorageSettings.S3_PATH_STYLE);
        assertThatThrownBy(() -> DocumentStores.s3Settings(config(Map.of(StorageSettings.S3_BUCKET, "b",
                StorageSettings.S3_ENDPOINT, "localhost:9000"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }

    private Path keyFile() throws IOException {
        Path file = temp.resolve("data-keys");
        return Files.exists(file) ? file : KeyFiles.write(file, 1);
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
