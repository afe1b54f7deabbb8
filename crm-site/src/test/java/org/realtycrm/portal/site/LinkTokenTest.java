package org.realtycrm.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void aTokenIsPassedOnAsItIsWithoutTheSpacesAroundIt() {
        assertThat(LinkToken.of(" vt_3f9a8c2e-Q_x.7 ")).hasValue("vt_3f9a8c2e-Q_x.7");
    }

    @Test
    void aLinkCutShortOrMangledHasNone() {
        for (String broken : new String[] {null, "", "  ", "abc def", "ab\ncd", "caf\u00e9",
                "a".repeat(LinkToken.MAX_LENGTH + 1)}) {
            assertThat(LinkToken.of(broken)).as(String.valueOf(broken)).isEmpty();
        }
    }
}
