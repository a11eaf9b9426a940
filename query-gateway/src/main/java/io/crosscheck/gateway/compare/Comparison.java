package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.List;

/**
 * What a comparison of coverage finds: the articles compared, which of them are rewrites of one another, the claims
 * several articles share, and where they disagree.
 */
public record Comparison(List<ArticleSummary> articles, List<RewriteGroup> rewriteGroups, List<ClaimCluster> clusters,
        List<Conflict> conflicts) {

    public record ArticleSummary(String id, String outlet, String title, String url, Instant publishedAt) {
    }

    /**
     * Articles derived from one another or from one source text.
     *
     * @param similarity mean Jaccard similarity of the word shingles of the linked pairs (0..1)
     * @param containment mean share of the shorter article's shingles found in the other
     */
    public record RewriteGroup(List<String> articleIds, double similarity, double containment) {
    }

    /**
     * Claims of different articles that state the same thing.
     *
     * @param basis "statement" when the claims say the same thing, "figure" when they report the same number of the
     *              same thing
     * @param speaker the canonical name of the one named speaker the mentions agree on, or null
     * @param independentOutlets distinct outlets, where outlets whose articles are rewrites of one another count once
     */
    public record ClaimCluster(String id, String basis, String summary, String speaker, List<String> outlets,
            int independentOutlets, boolean corroborated, List<Mention> mentions) {
    }

    /**
     * Articles that disagree about one thing.
     *
     * @param kind "contradiction" when the sides cannot both hold, "discrepancy" when they differ but can
     * @param basis "figure" (different numbers), "negation" (a number against its denial) or "speaker" (the same
     *              words attributed to different speakers)
     */
    public record Conflict(String kind, String basis, String about, List<Side> sides) {
    }

    /** One value a conflict's articles give, and where. */
    public record Side(String value, List<Mention> mentions) {
    }
}
