package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

class PropertyPageTest {

    @Test
    void aTotalUpToTheLimitIsExact() {
        PropertyPage page = PropertyPage.counted(Page.of(List.of(), PropertyPage.COUNT_LIMIT, new PageRequest(0, 25)));

        assertThat(page.page().total()).isEqualTo(PropertyPage.COUNT_LIMIT);
        assertThat(page.totalCapped()).isFalse();
    }

    @Test
    void aCountThatReachedPastTheLimitSaysSo() {
        PropertyPage page = PropertyPage.counted(Page.of(List.of(), PropertyPage.COUNT_LIMIT + 1,
                new PageRequest(3, 25)));

        assertThat(page.page().total()).isEqualTo(PropertyPage.COUNT_LIMIT);
        assertThat(page.totalCapped()).isTrue();
        assertThat(page.page().page()).isEqualTo(3);
    }
}
