package org.realtycrm.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostSizeTest {

    @Test
    void aFormOfAtMost16KiBThatSaysItsLengthIsRead() {
        assertThat(PostSize.refusal(0)).isZero();
        assertThat(PostSize.refusal(PostSize.MAX_BYTES)).isZero();
    }

    @Test
    void aPostThatDoesNotSayItsLengthOrIsLargerIsNot() {
        assertThat(PostSize.refusal(-1)).as("chunked").isEqualTo(411);
        assertThat(PostSize.refusal(PostSize.MAX_BYTES + 1L)).isEqualTo(413);
        assertThat(PostSize.refusal(Long.MAX_VALUE)).isEqualTo(413);
    }
}
