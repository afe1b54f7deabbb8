package org.realtycrm.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSpaceTest {

    @TempDir
    Path dir;

    @Test
    void a_directory_not_created_yet_is_measured_on_the_file_system_it_will_be_on() throws IOException {
        long total = Files.getFileStore(dir).getTotalSpace();

        assertThat(DiskSpace.measure(dir.resolve("not/yet"), path -> {
            assertThat(path).isEqualTo(dir.toAbsolutePath());
            return total;
        })).isEqualTo(total);
    }

    @Test
    void an_unreadable_file_system_measures_minus_one() {
        assertThat(DiskSpace.measure(dir, path -> {
            throw new UncheckedIOException(new IOException("gone"));
        })).isEqualTo(-1);
    }

    @Test
    void documents_are_measured_where_the_filesystem_store_keeps_them_and_not_at_all_with_s3() {
        Map<String, String> filesystem = Map.of("crm.storage.root", dir.toString());
        Map<String, String> s3 = Map.of("crm.storage.kind", "s3", "crm.storage.root", dir.toString());

        assertThat(DiskSpace.volumes(key -> Optional.ofNullable(filesystem.get(key))))
                .containsEntry("documents", dir).containsKey("logs");
        assertThat(DiskSpace.volumes(key -> Optional.ofNullable(s3.get(key)))).containsOnlyKeys("logs");
    }
}
