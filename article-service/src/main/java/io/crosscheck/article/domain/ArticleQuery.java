package io.crosscheck.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a list or search asks for: keyword terms (all must match), outlets (any), a publish-time range.
 *
 * @param publishedAfter inclusive, may be null
 * @param publishedBefore exclusive, may be null
 */
public record ArticleQuery(Set<String> terms, List<String> outlets, Instant publishedAfter, Instant publishedBefore) {

    public ArticleQuery {
        terms = Set.copyOf(terms);
        outlets = List.copyOf(outlets);
    }

    /** Identifies the query for page tokens; stable across calls with the same filters. */
    public String fingerprint() {
        String canonical = String.join(" ", terms.stream().sorted().toList()) + "|"
                + String.join("\u0000", outlets.stream().sorted().toList()) + "|" + publishedAfter + "|" + publishedBefore;
        // 64 bits of SHA-256: collisions between real queries are out of reach, the token stays short.
        return TextFingerprint.sha256(canonical).substring(0, 16);
    }

    public void validate(String afterField) {
        if (publishedAfter != null && publishedBefore != null && !publishedAfter.isBefore(publishedBefore)) {
            throw new InvalidInputException(afterField, "published_after (" + publishedAfter
                    + ") must be before published_before (" + publishedBefore + ")");
        }
    }
}
