package io.crosscheck.gateway.domain;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the fan-out needs from the backends; implemented over gRPC in the client package. */
public interface ClaimSources {

    /** Articles matching keywords (all must match; empty matches all), newest first, at most limit. */
    List<Article> search(String keywords, List<String> outlets, Instant from, Instant to, int limit);

    /** The article without its texts (content hash included): enough to know whether its digest is cached. */
    Article article(String id);

    /** The article with its cleaned text. */
    Article fullArticle(String id);

    /** The version whose claims count as current; throws when it cannot be learnt (extraction unreachable). */
    String extractorVersion();

    /** Stored claims of that version, by article id; articles without are left out. */
    Map<String, ClaimSet> storedClaims(Collection<String> articleIds, String version);

    /**
     * The claim set each article had stored last, whatever its extractor version (each names its own), by article id;
     * articles without any are left out. What can be served while the current version is unknown or cannot be extracted.
     */
    Map<String, ClaimSet> newestStoredClaims(Collection<String> articleIds);

    /** Extracts the claims of an article's cleaned text. */
    ClaimSet extract(Article article);

    /** Stores the claims of an article. */
    void store(String articleId, ClaimSet claims);
}
