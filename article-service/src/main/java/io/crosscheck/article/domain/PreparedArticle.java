package io.crosscheck.article.domain;

import java.time.Instant;
import java.util.Set;

/** A validated draft with everything ingest derives from it, ready to be written. */
public record PreparedArticle(ArticleDraft draft, String cleanedText, String contentHash, Set<String> terms,
        Instant published) {
}
