package org.realtycrm.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtycrm.platform.crypto.EncryptionSettings;
import org.realtycrm.platform.storage.DocumentContent;
import org.realtycrm.platform.storage.DocumentStore;
import org.realtycrm.platform.storage.DocumentStores;

/** The restore runs outside the server: its settings come from the environment that restore.sh exports. */
class RestoreToolTest {

    @TempDir
    Path temp;

    @Test
    void the_key_file_restore_sh_exports_reaches_the_document_store_it_opens() throws Exception {
        assertThat(RestoreTool.environmentName(EncryptionSettings.KEY_FILE)).isEqualTo("CRM_ENCRYPTION_KEY_FILE");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path keyFile = Files.write(temp.resolve("data-keys"),
                List.of("1:" + Base64.getEncoder().encodeToString(key)));
        Map<String, String> environment = Map.of("CRM_STORAGE_ROOT", temp.resolve("documents").toString(),
                "CRM_ENCRYPTION_KEY_FILE", keyFile.toString());

        try (DocumentStore store = DocumentStores.open(name ->
                Optional.ofNullable(environment.get(RestoreTool.environmentName(name))))) {
            store.put("properties/1/media/a.jpg", new ByteArrayInputStream("photo".getBytes(StandardCharsets.UTF_8)),
                    5, "image/jpeg");
            try (DocumentContent content = store.get("properties/1/media/a.jpg").orElseThrow()) {
                assertThat(content.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("photo");
            }
        }
        assertThat(Files.readString(temp.resolve("documents/properties/1/media/a.jpg"), StandardCharsets.ISO_8859_1))
                .doesNotContain("photo");
    }
}
