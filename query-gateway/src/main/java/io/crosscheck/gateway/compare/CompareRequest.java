package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.List;

/**
 * Which articles to compare: the articles named by id, or else those matching keywords, outlets and a publish-time
 * range (newest first, at most maxArticles). Empty keywords match every article.
 *
 * @param from inclusive publish-time bound, may be null
 * @param to exclusive publish-time bound, may be null
 */
public record CompareRequest(String keywords, List<String> outlets, Instant from, Instant to, List<String> articleIds,
        int maxArticles) {
}
