package org.realtycrm.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void answersWithThePageAndSizeThatWereServed() {
        Page<String> page = Page.of(List.of("a", "b"), 1234, PageRequest.of(3, 500));

        assertThat(page).isEqualTo(new Page<>(List.of("a", "b"), 1234, 3, 200));
    }

    @Test
    void mappingKeepsTheTotalAndPaging() {
        Page<String> page = Page.of(List.of("maria", "ana"), 12, PageRequest.of(1, 2));

        assertThat(page.map(String::length)).isEqualTo(new Page<>(List.of(5, 3), 12, 1, 2));
    }

    @Test
    void keepsItsOwnCopyOfTheItems() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(items, 1, PageRequest.of(0, 25));

        items.add("b");

        assertThat(page.items()).containsExactly("a");
    }
}
