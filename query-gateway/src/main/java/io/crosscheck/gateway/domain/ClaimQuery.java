package io.crosscheck.gateway.domain;

import java.time.Instant;
import java.util.List;

/**
 * A question for the claims of stored articles.
 *
 * @param keywords article keywords (all must match), may be empty
 * @param speaker only claims whose speaker's name or mention contains this, or whose named speaker it names in another
 *                spelling (NameKey), may be empty
 * @param from inclusive publish-time bound, may be null
 * @param to exclusive publish-time bound, may be null
 * @param maxArticles how many matching articles, newest first, the answer covers
 */
public record ClaimQuery(String keywords, String speaker, List<String> outlets, Instant from, Instant to, int maxArticles) {
}
