package io.crosscheck.gateway.api;

import io.crosscheck.gateway.compare.Comparison;
import io.crosscheck.gateway.compare.Mention;
import io.crosscheck.gateway.domain.MissingArticle;
import io.crosscheck.gateway.domain.PossiblyStale;

import java.time.Instant;
import java.util.List;

/**
 * The REST shape of a coverage comparison. The web page reads these names: keep them. start/end are the claim's
 * span, Java String indexes into the article's cleaned text.
 */
public final class CompareJson {
    private CompareJson() {
    }

    public record Answer(List<ArticleView> articles, List<RewriteGroupView> rewriteGroups, List<ClusterView> clusters,
            List<ConflictView> conflicts, List<MissingJson.MissingView> missing, List<TimelineView> timelines,
            List<MissingJson.PossiblyStaleView> possiblyStale) {
    }

    public record ArticleView(String id, String outlet, String title, String url, Instant publishedAt) {
    }

    public record RewriteGroupView(List<String> articleIds, double similarity, double containment) {
    }

    public record SpeakerRef(String canonical) {
    }

    public record MentionView(String articleId, String outlet, int start, int end, String text, int sentenceStart,
            int sentenceEnd, String kind, String speaker) {
    }

    public record ClusterView(String id, String summary, SpeakerRef speaker, List<String> outlets, int independentOutlets,
            boolean corroborated, String basis, List<MentionView> mentions) {
    }

    /** source: the canonical names of the sources the value is attributed to ("; " between several), or null. */
    public record SideView(String value, List<MentionView> mentions, String source) {
    }

    /** rule: the comparison rule that decided the kind ("bounds", "source", "timeline", "negation", "speaker"). */
    public record ConflictView(String kind, String about, String basis, List<SideView> sides, String rule) {
    }

    /** unit: of the points' numericValue (a base unit such as "m", a currency code, "percent"; "" for counts). */
    public record TimelineView(String about, String unit, List<TimelinePointView> points) {
    }

    /**
     * One value of a timeline: start/end are its claim's span in the article's cleaned text; time is the resolved
     * time the value holds at when the text gives one.
     */
    public record TimelinePointView(String articleId, String outlet, Instant publishedAt, String value, double numericValue,
            String source, String time, int start, int end) {
    }

    /** A comparison of current claims only. */
    public static Answer of(Comparison c, List<MissingArticle> missing) {
        return of(c, missing, List.of());
    }

    public static Answer of(Comparison c, List<MissingArticle> missing, List<PossiblyStale> possiblyStale) {
        return new Answer(
                c.articles().stream().map(a -> new ArticleView(a.id(), a.outlet(), a.title(), a.url(), a.publishedAt())).toList(),
                c.rewriteGroups().stream().map(g -> new RewriteGroupView(g.articleIds(), g.similarity(), g.containment())).toList(),
                c.clusters().stream().map(k -> new ClusterView(k.id(), k.summary(), k.speaker() == null ? null : new SpeakerRef(k.speaker()),
                        k.outlets(), k.independentOutlets(), k.corroborated(), k.basis(), mentions(k.mentions()))).toList(),
                c.conflicts().stream().map(x -> new ConflictView(x.kind(), x.about(), x.basis(),
                        x.sides().stream().map(s -> new SideView(s.value(), mentions(s.mentions()), s.source())).toList(),
                        x.rule())).toList(),
                MissingJson.missing(missing),
                c.timelines().stream().map(t -> new TimelineView(t.about(), t.unit(), t.points().stream()
                        .map(p -> new TimelinePointView(p.articleId(), p.outlet(), p.published(), p.value(), p.numericValue(),
                                p.source(), p.time(), p.mention().start(), p.mention().end())).toList())).toList(),
                MissingJson.possiblyStale(possiblyStale));
    }

    private static List<MentionView> mentions(List<Mention> mentions) {
        return mentions.stream().map(m -> new MentionView(m.articleId(), m.outlet(), m.start(), m.end(), m.text(),
                m.sentenceStart(), m.sentenceEnd(), ClaimJson.enumName(m.kind().name(), "CLAIM_KIND_"), m.speaker())).toList();
    }
}
