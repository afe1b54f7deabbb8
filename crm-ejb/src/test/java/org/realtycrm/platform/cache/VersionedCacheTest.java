package org.realtycrm.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    @Test
    void handsOutAValueOnlyAtTheVersionItWasComputedFrom() {
        VersionedCache<String, String> cache = new VersionedCache<>(10);
        cache.put("k", 7, "seven");

        assertThat(cache.get("k", 7)).hasValue("seven");
        assertThat(cache.get("k", 8)).isEmpty();
        assertThat(cache.get("other", 7)).isEmpty();
    }
}
