package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence embeddings (the real model, as extraction stores them) in the comparison: they link paraphrases that share
 * few words, they never link two different values of one figure, and a sentence of several facts joins one cluster
 * per fact through its clauses. Fictional sentences.
 */
class SemanticMatchingTest {
    private static final CoverageComparer COMPARER = new CoverageComparer(CompareSettings.defaults());
    private static final String WASHED = "Floodwater swept away the footbridge at Harrow Mill overnight.";
    private static final String CROSSING = "The Harrow Mill crossing was washed out by the rising river during the night.";

    private static List<Set<String>> statementClusters(StoryBuilder... articles) {
        Comparison c = COMPARER.compare(java.util.Arrays.stream(articles).map(StoryBuilder::build).toList());
        return c.clusters().stream().filter(x -> x.basis().equals("statement"))
                .map(x -> x.mentions().stream().map(m -> m.articleId() + ":" + m.text()).collect(Collectors.toSet()))
                .toList();
    }

    @Test
    void aParaphraseWithFewSharedWordsIsOneClaimThroughItsEmbedding() {
        List<Set<String>> withVectors = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", WASHED).statement(WASHED).embedded(),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", CROSSING).statement(CROSSING).embedded());
        assertThat(withVectors).containsExactly(Set.of("a:" + WASHED, "b:" + CROSSING));

        List<Set<String>> wordsOnly = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", WASHED).statement(WASHED),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", CROSSING).statement(CROSSING));
        assertThat(wordsOnly).isEmpty();
    }

    @Test
    void twoValuesOfOneFigureAreNeverOneClaim() {
        String fourteen = "Fourteen people died when the Harrow Mill footbridge collapsed.";
        String nineteen = "The collapse of the crossing at Harrow Mill killed 19.";
        String alsoFourteen = "The collapse of the crossing at Harrow Mill killed 14.";

        List<Set<String>> differWithoutVectors = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", fourteen).statement(fourteen)
                        .number(fourteen, "Fourteen", 14, "", "people"),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", nineteen).statement(nineteen)
                        .number(nineteen, "19", 19, "", ""));
        assertThat(differWithoutVectors).as("by words").noneMatch(c -> c.size() > 1);

        List<Set<String>> differ = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", fourteen).statement(fourteen)
                        .number(fourteen, "Fourteen", 14, "", "people").embedded(),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", nineteen).statement(nineteen)
                        .number(nineteen, "19", 19, "", "").embedded());
        assertThat(differ).noneMatch(c -> c.size() > 1);
        List<Set<String>> agree = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", fourteen).statement(fourteen)
                        .number(fourteen, "Fourteen", 14, "", "people").embedded(),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", alsoFourteen).statement(alsoFourteen)
                        .number(alsoFourteen, "14", 14, "", "").embedded());
        assertThat(agree).containsExactly(Set.of("a:" + fourteen, "b:" + alsoFourteen));
    }

    @Test
    void aSentenceOfTwoFactsJoinsTwoClustersThroughItsClauses() {
        String both = "The ferry lost power near Velmora harbour and struck the north pier.";
        String power = "The Velmora ferry had lost all engine power outside the harbour.";
        String pier = "Witnesses said the vessel then hit the north pier.";
        List<Set<String>> clusters = statementClusters(
                StoryBuilder.article("a", "Velmora Post", "2026-03-02", both).statement(both)
                        .clause(both, "The ferry lost power near Velmora harbour", "The ferry lost power near Velmora harbour")
                        .clause(both, "struck the north pier", "The ferry struck the north pier"),
                StoryBuilder.article("b", "Harrow Herald", "2026-03-02", power).statement(power).embedded(),
                StoryBuilder.article("c", "Coast Times", "2026-03-02", pier).statement(pier).embedded());

        assertThat(clusters).containsExactlyInAnyOrder(
                Set.of("a:The ferry lost power near Velmora harbour", "b:" + power),
                Set.of("a:struck the north pier", "c:" + pier));
    }
}
