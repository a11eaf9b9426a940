package io.crosscheck.gateway.domain;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;

/**
 * An article and its current claims. The article carries its texts only when they were read to extract the claims
 * (search results come without them).
 *
 * @param extractedNow true when the claims were extracted for this answer rather than read from the store
 */
public record ArticleWithClaims(Article article, ClaimSet claims, boolean extractedNow) {
}
