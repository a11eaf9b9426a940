package io.crosscheck.gateway.api;

import io.crosscheck.gateway.compare.Comparison;
import io.crosscheck.gateway.compare.Mention;
import io.crosscheck.gateway.domain.MissingArticle;

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
            List<ConflictView> conflicts, List<MissingArticle> missing) {
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

    public record SideView(String value, List<MentionView> mentions) {
    }

    public record ConflictView(String kind, String about, String basis, List<SideView> sides) {
    }

    public static Answer of(Comparison c, List<MissingArticle> missing) {
        return new Answer(
                c.articles().stream().map(a -> new ArticleView(a.id(), a.outlet(), a.title(), a.url(), a.publishedAt())).toList(),
                c.rewriteGroups().stream().map(g -> new RewriteGroupView(g.articleIds(), g.similarity(), g.containment())).toList(),
                c.clusters().stream().map(k -> new ClusterView(k.id(), k.summary(), k.speaker() == null ? null : new SpeakerRef(k.speaker()),
                        k.outlets(), k.independentOutlets(), k.corroborated(), k.basis(), mentions(k.mentions()))).toList(),
                c.conflicts().stream().map(x -> new ConflictView(x.kind(), x.about(), x.basis(),
                        x.sides().stream().map(s -> new SideView(s.value(), mentions(s.mentions()))).toList())).toList(),
                missing);
    }

    private static List<MentionView> mentions(List<Mention> mentions) {
        return mentions.stream().map(m -> new MentionView(m.articleId(), m.outlet(), m.start(), m.end(), m.text(),
                m.sentenceStart(), m.sentenceEnd(), ClaimJson.enumName(m.kind().name(), "CLAIM_KIND_"), m.speaker())).toList();
    }
}
