package io.crosscheck.gateway.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article digests by article id, content hash and extractor version, least recently used evicted first. A digest
 * depends only on those three, so a cached one is never stale: a changed text or a new extractor makes a new key.
 */
public final class DigestCache {
    private final Map<String, ArticleDigest> entries;

    public DigestCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleDigest> eldest) {
                return size() > capacity;
            }
        };
    }

    static String key(String articleId, String contentHash, String extractorVersion) {
        return articleId + '\u0000' + contentHash + '\u0000' + extractorVersion;
    }

    synchronized ArticleDigest get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, ArticleDigest digest) {
        entries.put(key, digest);
    }

    public synchronized int size() {
        return entries.size();
    }
}
