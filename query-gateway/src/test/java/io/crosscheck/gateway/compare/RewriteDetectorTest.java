package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rewrites: copies and paraphrases found, independent reports of the same event left apart. */
class RewriteDetectorTest {
    private static final RewriteDetector DETECTOR = new RewriteDetector(CompareSettings.defaults());

    private static ArticleDigest digest(String id, String... sentences) {
        return ArticleDigester.digest(story(id, sentences).build());
    }

    private static StoryBuilder story(String id, String... sentences) {
        StoryBuilder b = StoryBuilder.article(id, "Outlet " + id, "2031-02-02", sentences);
        for (String s : sentences) {
            b.statement(s);
        }
        return b;
    }

    /** The same, with the sentence embeddings extraction stores (real model). */
    private static ArticleDigest embedded(String id, String... sentences) {
        return ArticleDigester.digest(story(id, sentences).embedded().build());
    }

    private static final String[] WIRE = {
            "Flood water broke through a levee on the Sorrel river early on Thursday, forcing the evacuation of two villages.",
            "Emergency crews moved about 1,200 residents to schools and sports halls on higher ground.",
            "The regional water board said the levee had been scheduled for reinforcement next spring.",
            "Rain is expected to ease by the weekend, but the river will stay high for several days.",
            "Farmers said the flooded fields would lose most of this year's harvest of barley and beets."};

    @Test
    void aCopyWithALineAddedIsARewriteEvenWithoutNeighbours() {
        ArticleDigest copy = digest("copy", WIRE[0], WIRE[1], WIRE[2], WIRE[3], WIRE[4], "Our reporter visited the shelters.");
        List<RewriteDetector.Pair> pairs = DETECTOR.pairs(List.of(digest("wire", WIRE), copy));
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).containment()).isGreaterThan(0.8);
    }

    @Test
    void aParaphraseStandsOutAgainstIndependentReports() {
        ArticleDigest wire = digest("wire", WIRE);
        ArticleDigest paraphrase = digest("para",
                "A levee on the Sorrel river gave way early on Thursday and flood water forced two villages to be evacuated.",
                "About 1,200 residents were moved by emergency crews to sports halls and schools on higher ground.",
                "According to the regional water board, the levee had been scheduled for reinforcement next spring.",
                "The river will stay high for several days even though rain is expected to ease by the weekend.",
                "Most of this year's harvest of barley and beets will be lost in the flooded fields, farmers said.");
        ArticleDigest independent = digest("own",
                "Two villages on the Sorrel were emptied on Thursday after the river burst its banks.",
                "Volunteers handed out blankets in a gymnasium where many of the evacuated families spent the night.",
                "Engineers had warned for years that the embankment was too weak, a local councillor told us.",
                "Barley growers fear their losses will run into millions.");
        ArticleDigest another = digest("other",
                "Residents of two riverside villages slept in school halls after the Sorrel flooded on Thursday.",
                "The water board promised an inquiry into why repairs to the embankment had been put off.",
                "Forecasters expect drier weather from Saturday.");
        List<RewriteDetector.Pair> pairs = DETECTOR.pairs(List.of(wire, paraphrase, independent, another));
        assertThat(pairs).hasSize(1);
        assertThat(List.of(pairs.get(0).a(), pairs.get(0).b())).containsExactly(0, 1);
        List<Comparison.RewriteGroup> groups = RewriteDetector.groups(List.of(wire, paraphrase, independent, another), pairs);
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.articleIds()).containsExactly("wire", "para"));
    }

    @Test
    void shortReportsSharingAPhraseAreNotRewrites() {
        ArticleDigest a = digest("a", "The terminal had reopened in March after a year of repairs.", "Nobody was hurt.");
        ArticleDigest b = digest("b", "The terminal had reopened earlier this year after a year of repairs.", "Trains run again.");
        assertThat(DETECTOR.pairs(List.of(a, b))).isEmpty();
    }

    @Test
    void quotedWordsDoNotMakeARewrite() {
        String quote = "“We will rebuild every house that the water took, and we will start on Monday with the schools,”";
        ArticleDigest a = digest("a", quote + " the governor said at a briefing in the capital.",
                "Relief convoys left the depot at dawn.");
        ArticleDigest b = digest("b", "Speaking to villagers, the governor promised: " + quote,
                "The army sent two helicopters.");
        assertThat(DETECTOR.pairs(List.of(a, b))).isEmpty();
    }

    @Test
    void anIndependentReportSharingStockPhrasesIsNoRewriteOnceItsSentencesAreCompared() {
        String[] independent = {
                "Two villages on the Sorrel were emptied on Thursday, a spokesman for the province said.",
                "Volunteers handed out blankets in a gymnasium where many of the evacuated families spent the night.",
                "Engineers had warned for years that the embankment was too weak, a local councillor told us.",
                "Farmers said the flooded fields would lose most of this year's harvest of barley and beets, and "
                        + "emergency crews moved about 1,200 residents to schools and sports halls on higher ground.",
                "The province has set aside an emergency fund for the households that lost their homes.",
                "Schools in the district will stay closed until Wednesday."};
        // By shingles alone the shared sentence stands out: without embeddings the pair is taken for a rewrite.
        assertThat(DETECTOR.pairs(List.of(digest("wire", WIRE), digest("own", independent)))).hasSize(1);
        // Its other sentences follow nothing in the wire copy: with embeddings it is an independent report.
        assertThat(DETECTOR.pairs(List.of(embedded("wire", WIRE), embedded("own", independent)))).isEmpty();
        // A paraphrase that follows the wire sentence by sentence stays a rewrite.
        ArticleDigest paraphrase = embedded("para",
                "A levee on the Sorrel river gave way early on Thursday and flood water forced two villages to be evacuated.",
                "About 1,200 residents were moved by emergency crews to sports halls and schools on higher ground.",
                "According to the regional water board, the levee had been scheduled for reinforcement next spring.",
                "The river will stay high for several days even though rain is expected to ease by the weekend.",
                "Most of this year's harvest of barley and beets will be lost in the flooded fields, farmers said.");
        assertThat(DETECTOR.alignedShare(embedded("wire", WIRE), paraphrase)).isGreaterThanOrEqualTo(0.8);
        assertThat(DETECTOR.pairs(List.of(embedded("wire", WIRE), paraphrase))).hasSize(1);
    }
}
