package org.realtycrm.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

    @Test
    void forgetsTheLeastRecentlyUsedEntryBeyondItsCapacity() {
        LeastRecentlyUsed<String, Integer> cache = new LeastRecentlyUsed<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a"); // a is now more recent than b

        cache.put("c", 3);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(3);
    }

    @Test
    void createsAMissingEntryOnce() {
        LeastRecentlyUsed<String, Object> cache = new LeastRecentlyUsed<>(10);

        Object first = cache.computeIfAbsent("k", k -> new Object());

        assertThat(cache.computeIfAbsent("k", k -> new Object())).isSameAs(first);
    }
}
