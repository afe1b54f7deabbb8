package org.realtycrm.platform.cache;

import java.util.Optional;

/**
 * Values remembered with the version of the data they were computed from (such as the lead change counter): a
 * value is handed out again only while the version is unchanged, so it is never stale. Bounded like
 * {@link LeastRecentlyUsed}, and thread-safe.
 */
public final class VersionedCache<K, V> {

    private record Versioned<V>(long version, V value) {
    }

    private final LeastRecentlyUsed<K, Versioned<V>> entries;

    public VersionedCache(int capacity) {
        this.entries = new LeastRecentlyUsed<>(capacity);
    }

    /** The value remembered for {@code key} at exactly this {@code version}, if any. */
    public Optional<V> get(K key, long version) {
        Versioned<V> known = entries.get(key);
        return known != null && known.version() == version ? Optional.of(known.value()) : Optional.empty();
    }

    public void put(K key, long version, V value) {
        entries.put(key, new Versioned<>(version, value));
    }
}
