package io.crosscheck.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
        int hash = Objects.hash(terms.stream().sorted().toList(), outlets.stream().sorted().toList(),
                publishedAfter, publishedBefore);
        return Integer.toHexString(hash);
    }

    public void validate(String afterField) {
        if (publishedAfter != null && publishedBefore != null && !publishedAfter.isBefore(publishedBefore)) {
            throw new InvalidInputException(afterField, "published_after (" + publishedAfter
                    + ") must be before published_before (" + publishedBefore + ")");
        }
    }
}
