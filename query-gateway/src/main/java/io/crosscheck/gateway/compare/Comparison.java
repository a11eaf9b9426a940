package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.List;

/**
 * What a comparison of coverage finds: the articles compared, which of them are rewrites of one another, the claims
 * several articles share, and where they disagree.
 */
public record Comparison(List<ArticleSummary> articles, List<RewriteGroup> rewriteGroups, List<ClaimCluster> clusters,
        List<Conflict> conflicts, List<Timeline> timelines) {

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
     * @param rule the name of the rule that decided the kind: for figures one of the data file's [side-rules]
     *             ("bounds", "source", "timeline"), else "negation" or "speaker"
     */
    public record Conflict(String kind, String basis, String about, List<Side> sides, String rule) {
    }

    /**
     * One value a conflict's articles give, and where.
     *
     * @param source the canonical names of the sources the value is attributed to, joined with "; ", or null
     */
    public record Side(String value, List<Mention> mentions, String source) {
    }

    /**
     * The values articles give for one figure, in time order.
     *
     * @param unit the unit of the points' numeric values: a base unit ("m"), a currency code, "percent"; "" for counts
     */
    public record Timeline(String about, String unit, List<TimelinePoint> points) {
    }

    /**
     * One value of a timeline.
     *
     * @param published when the article was published, or null
     * @param value the value as written ("at least 6 people")
     * @param numericValue the value in the timeline's unit
     * @param source the canonical name of the source the value is attributed to, or null
     * @param time the resolved time the value holds at, or null
     * @param mention where the value's claim stands
     */
    public record TimelinePoint(String articleId, String outlet, Instant published, String value, double numericValue,
            String source, String time, Mention mention) {
    }
}
