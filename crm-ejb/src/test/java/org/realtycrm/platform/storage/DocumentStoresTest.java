package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing and configuring the adapter from the crm.storage.* keys. */
class DocumentStoresTest {

    @TempDir
    Path temp;

    @Test
    void the_filesystem_store_is_the_default_under_the_configured_root() {
        try (DocumentStore store = DocumentStores.open(config(Map.of(StorageSettings.ROOT, temp + "/docs")))) {
            assertThat(store).isInstanceOf(FileSystemDocumentStore.class);
            assertThat(((FileSystemDocumentStore) store).root()).isEqualTo(temp.resolve("docs").toAbsolutePath());
        }
    }

    @Test
    void without_a_root_the_filesystem_store_lives_in_the_users_home() {
        String home = System.getProperty("user.home");
        try {
            System.setProperty("user.home", temp.toString());
            try (DocumentStore store = DocumentStores.open(config(Map.of(StorageSettings.KIND, "filesystem",
                    StorageSettings.ROOT, " ")))) {
                assertThat(((FileSystemDocumentStore) store).root())
                        .isEqualTo(temp.resolve("realtycrm/documents").toAbsolutePath());
            }
        } finally {
            System.setProperty("user.home", home);
        }
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

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
