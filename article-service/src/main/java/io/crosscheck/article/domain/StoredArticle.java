package io.crosscheck.article.domain;

import java.time.Instant;

/**
 * An article as the store holds it: the draft plus what ingest derived from it.
 *
 * @param cleanedText the text with boilerplate removed; every claim span points into it
 * @param contentHash SHA-256 of the normalised cleaned text, the key for text-level deduplication
 * @param published may be null
 */
public record StoredArticle(
        String id,
        String url,
        String outlet,
        String title,
        String byline,
        Instant published,
        String language,
        String originalText,
        String cleanedText,
        String contentHash,
        Instant ingestTime) {

    /** The time listings sort by: the publish time, or the ingest time when that is unknown. */
    public Instant sortTime() {
        return published != null ? published : ingestTime;
    }
}
