package io.crosscheck.gateway.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/** Values by key, least recently used evicted first; safe for concurrent callers. Capacity 0 keeps nothing. */
public class LruCache<V> {
    private final Map<String, V> entries;
    private final int capacity;

    public LruCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.max(16, Math.min(capacity, 1024)), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, V value) {
        if (capacity > 0) {
            entries.put(key, value);
        }
    }

    public synchronized int size() {
        return entries.size();
    }
}
