package io.crosscheck.article.domain;

import io.crosscheck.common.v1.ClaimSet;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where extracted claims live, keyed by article id and extractor version. */
public interface ClaimRepository {

    /** Replaces the claims of that article and version in one acknowledged write. */
    void put(String articleId, ClaimSet claimSet);

    Optional<ClaimSet> get(String articleId, String extractorVersion);

    /** The stored claim sets of those articles for that version; absent articles are left out. */
    Map<String, ClaimSet> getAll(Collection<String> articleIds, String extractorVersion);

    /**
     * For each of those articles that has claims, the claim set stored last, whatever its version (it names its own);
     * articles without any are left out.
     */
    Map<String, ClaimSet> getNewest(Collection<String> articleIds);

    void deleteAllOf(String articleId);
}
