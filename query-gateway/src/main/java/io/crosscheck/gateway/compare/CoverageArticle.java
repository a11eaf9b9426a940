package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.ClaimSet;

import java.time.Instant;

/**
 * One article to compare: what identifies it, its cleaned text (every claim span points into it) and its claims.
 *
 * @param published null when the outlet gave no publish time
 * @param contentHash the store's hash of the cleaned text; with the id and extractor version it keys cached digests
 */
public record CoverageArticle(String id, String outlet, String title, String url, Instant published, String contentHash,
        String text, ClaimSet claims) {
}
