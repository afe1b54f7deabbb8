package org.realtycrm.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe map of at most {@code capacity} entries that forgets the least recently used first: for
 * in-memory state kept per client or per query, which must not grow without bound.
 */
public final class LeastRecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public LeastRecentlyUsed(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> create) {
        return entries.computeIfAbsent(key, create);
    }

    public synchronized int size() {
        return entries.size();
    }
}
