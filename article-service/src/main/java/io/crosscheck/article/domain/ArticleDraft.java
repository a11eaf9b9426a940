package io.crosscheck.article.domain;

import java.time.Instant;

/**
 * An article as a client submits it, before cleaning and deduplication.
 *
 * @param published may be null when the outlet's publish time is unknown
 */
public record ArticleDraft(
        String url,
        String outlet,
        String title,
        String byline,
        Instant published,
        String language,
        String originalText) {
}
