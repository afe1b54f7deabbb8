package org.realtycrm.property.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.TooLargeException;
import org.realtycrm.platform.problem.UnsupportedContentException;

class PhotoUploadsTest {

    @Test
    void theTypeComesFromTheBytes() {
        assertThat(PhotoUploads.contentType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}))
                .isEqualTo("image/jpeg");
        assertThat(PhotoUploads.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0}))
                .isEqualTo("image/png");
        assertThatThrownBy(() -> PhotoUploads.contentType("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    void aPhotoOverTheLimitIsRefusedBeforeAnythingIsStored() {
        // no store and no repository: the size is checked first
        assertThatThrownBy(() -> new PhotoUploads().store(1, new byte[PhotoUploads.MAX_BYTES + 1]))
                .isInstanceOf(TooLargeException.class);
    }
}
