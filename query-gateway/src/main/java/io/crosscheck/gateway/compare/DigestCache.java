package io.crosscheck.gateway.compare;

/**
 * Article digests by article id, content hash and extractor version, least recently used evicted first. A digest
 * depends only on those three, so a cached one is never stale: a changed text or a new extractor makes a new key.
 */
public final class DigestCache extends LruCache<ArticleDigest> {
    public DigestCache(int capacity) {
        super(capacity);
    }

    static String key(String articleId, String contentHash, String extractorVersion) {
        return articleId + '\u0000' + contentHash + '\u0000' + extractorVersion;
    }
}
