package io.crosscheck.gateway.domain;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;

/**
 * An article and its claims. The article carries its texts only when they were read to extract the claims
 * (search results come without them).
 *
 * @param extractedNow true when the claims were extracted for this answer rather than read from the store
 * @param staleReason null when the claims are those of the current extractor version; else why older or unconfirmed
 *     claims are served (the newest stored set, while extraction-service could not name its version or extract)
 */
public record ArticleWithClaims(Article article, ClaimSet claims, boolean extractedNow, String staleReason) {

    /** Claims of the current extractor version. */
    public ArticleWithClaims(Article article, ClaimSet claims, boolean extractedNow) {
        this(article, claims, extractedNow, null);
    }

    /** Whether these may not be the claims the current extractor would give. */
    public boolean possiblyStale() {
        return staleReason != null;
    }
}
