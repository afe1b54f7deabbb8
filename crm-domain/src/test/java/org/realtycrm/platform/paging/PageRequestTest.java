package org.realtycrm.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.platform.problem.InvalidInput.rejectedField;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void startsAtTheFirstPageOf25() {
        PageRequest request = PageRequest.of(null, null);

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(25);
        assertThat(request.offset()).isZero();
    }

    @Test
    void servesALargerSizeAs200() {
        assertThat(PageRequest.of(0, 200).size()).isEqualTo(200);
        assertThat(PageRequest.of(0, 201).size()).isEqualTo(200);
        assertThat(PageRequest.of(0, Integer.MAX_VALUE).size()).isEqualTo(200);
    }

    @Test
    void skipsThePagesBeforeTheOneAskedFor() {
        assertThat(PageRequest.of(3, 25).offset()).isEqualTo(75);
        assertThat(PageRequest.of(2, 500).offset()).isEqualTo(400);
    }

    @Test
    void refusesANegativePage() {
        assertThat(rejectedField(() -> PageRequest.of(-1, 25)).field()).isEqualTo("page");
    }

    @Test
    void refusesASizeBelowOne() {
        assertThat(rejectedField(() -> PageRequest.of(0, 0)).field()).isEqualTo("size");
        assertThat(rejectedField(() -> PageRequest.of(0, -5)).field()).isEqualTo("size");
    }

    @Test
    void refusesAPageSoFarOnThatItsOffsetCannotBeCounted() {
        assertThat(rejectedField(() -> PageRequest.of(Integer.MAX_VALUE, 200)).field()).isEqualTo("page");
        assertThat(rejectedField(() -> PageRequest.of(Integer.MAX_VALUE / 25 + 1, 25)).field()).isEqualTo("page");
    }
}
