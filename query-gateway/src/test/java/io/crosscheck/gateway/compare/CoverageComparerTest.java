package io.crosscheck.gateway.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on a fictional story: what it must find, and the look-alikes it must leave alone. */
class CoverageComparerTest {
    private static final CoverageComparer COMPARER = new CoverageComparer(CompareSettings.defaults());

    private static Comparison compare(CoverageArticle... articles) {
        return COMPARER.compare(List.of(articles));
    }

    private static Comparison all() {
        return compare(TerminalFireStory.courier(), TerminalFireStory.gazette(), TerminalFireStory.tribune(),
                TerminalFireStory.ledger());
    }

    private static Set<String> articles(Comparison.Side side) {
        return side.mentions().stream().map(Mention::articleId).collect(Collectors.toSet());
    }

    private static List<Comparison.Conflict> conflicts(Comparison c, String basis) {
        return c.conflicts().stream().filter(x -> x.basis().equals(basis)).toList();
    }

    @Test
    void theParaphrasedWireReportIsTheOnlyRewrite() {
        Comparison c = all();
        assertThat(c.rewriteGroups()).hasSize(1);
        assertThat(c.rewriteGroups().get(0).articleIds()).containsExactlyInAnyOrder("courier-1", "gazette-1");
        assertThat(c.rewriteGroups().get(0).similarity()).isBetween(0.0, 1.0);
    }

    @Test
    void aQualifiedFigureThatAllowsTheOtherIsADiscrepancy() {
        Comparison c = compare(TerminalFireStory.courier(), TerminalFireStory.tribune());
        List<Comparison.Conflict> figures = conflicts(c, "figure");
        assertThat(figures).hasSize(1);
        Comparison.Conflict dead = figures.get(0);
        assertThat(dead.kind()).isEqualTo("discrepancy");
        assertThat(dead.sides()).extracting(Comparison.Side::value).containsExactlyInAnyOrder("9 workers", "at least 8 people");
    }

    @Test
    void twoExactFiguresThatDifferContradict() {
        Comparison c = compare(TerminalFireStory.courier(), TerminalFireStory.ledger());
        Comparison.Conflict dead = conflicts(c, "figure").stream()
                .filter(x -> x.sides().stream().anyMatch(s -> s.value().startsWith("11"))).findFirst().orElseThrow();
        assertThat(dead.kind()).isEqualTo("contradiction");
        assertThat(dead.sides()).extracting(Comparison.Side::value).containsExactlyInAnyOrder("9 workers", "11 workers");
    }

    @Test
    void allFourReportsOfTheDeadAreOneConflictWithThreeSides() {
        List<Comparison.Conflict> figures = conflicts(all(), "figure");
        assertThat(figures).hasSize(1);
        Comparison.Conflict dead = figures.get(0);
        assertThat(dead.kind()).isEqualTo("contradiction");
        assertThat(dead.sides()).hasSize(3);
        Comparison.Side nine = dead.sides().stream().filter(s -> s.value().equals("9 workers")).findFirst().orElseThrow();
        assertThat(articles(nine)).containsExactlyInAnyOrder("courier-1", "gazette-1");
    }

    @Test
    void aCapAgainstItsDenialContradicts() {
        List<Comparison.Conflict> denials = conflicts(all(), "negation");
        assertThat(denials).hasSize(1);
        Comparison.Conflict cap = denials.get(0);
        assertThat(cap.kind()).isEqualTo("contradiction");
        assertThat(cap.sides()).hasSize(2);
        assertThat(cap.sides().get(0).value()).isEqualTo("400 trucks");
        assertThat(articles(cap.sides().get(0))).containsExactly("courier-1");
        assertThat(cap.sides().get(1).value()).contains("not limit");
        assertThat(articles(cap.sides().get(1))).containsExactly("tribune-1");
    }

    @Test
    void theSameWordsFromTwoSpeakersContradict() {
        List<Comparison.Conflict> who = conflicts(all(), "speaker");
        assertThat(who).hasSize(1);
        assertThat(who.get(0).sides()).extracting(Comparison.Side::value).containsExactlyInAnyOrder("Ilse Varga", "Felix Amsel");
    }

    @Test
    void twoVersionsOfAPlanInOneReportAndAPlanAboutSomethingElseAreNoConflict() {
        Comparison c = all();
        for (Comparison.Conflict x : c.conflicts()) {
            assertThat(x.sides()).extracting(Comparison.Side::value)
                    .noneMatch(v -> v.contains("point plan"));
        }
    }

    @Test
    void datesAtDifferentPrecisionAreNoConflict() {
        Comparison c = compare(TerminalFireStory.tribune(), TerminalFireStory.ledger());
        assertThat(c.conflicts()).noneMatch(x -> x.about().contains("reopened"));
        assertThat(c.clusters()).anyMatch(k -> k.mentions().stream().anyMatch(m -> m.text().contains("reopened in March"))
                && k.mentions().stream().anyMatch(m -> m.text().contains("reopened earlier this year")));
    }

    @Test
    void aParaphraseByAnotherOutletIsOneCorroboratedClaim() {
        Comparison c = all();
        Comparison.ClaimCluster funerals = c.clusters().stream()
                .filter(k -> k.mentions().stream().anyMatch(m -> m.text().contains("funerals"))).findFirst().orElseThrow();
        assertThat(funerals.mentions()).extracting(Mention::articleId).containsExactlyInAnyOrder("tribune-1", "ledger-1");
        assertThat(funerals.independentOutlets()).isEqualTo(2);
        assertThat(funerals.corroborated()).isTrue();
        assertThat(funerals.speaker()).isEqualTo("Ilse Varga");
    }

    @Test
    void aClaimOnlyARewriteRepeatsIsNotCorroborated() {
        Comparison c = all();
        Comparison.ClaimCluster cranes = c.clusters().stream()
                .filter(k -> k.mentions().stream().anyMatch(m -> m.text().contains("cranes"))).findFirst().orElseThrow();
        assertThat(cranes.outlets()).containsExactlyInAnyOrder("Lakeside Courier", "Harbor Gazette");
        assertThat(cranes.independentOutlets()).isEqualTo(1);
        assertThat(cranes.corroborated()).isFalse();
        assertThat(cranes.speaker()).isEqualTo("Nadia Orlov");
    }

    @Test
    void mentionsPointIntoTheirArticles() {
        List<CoverageArticle> articles = List.of(TerminalFireStory.courier(), TerminalFireStory.gazette(),
                TerminalFireStory.tribune(), TerminalFireStory.ledger());
        Comparison c = COMPARER.compare(articles);
        for (Comparison.ClaimCluster k : c.clusters()) {
            for (Mention m : k.mentions()) {
                String text = articles.stream().filter(a -> a.id().equals(m.articleId())).findFirst().orElseThrow().text();
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.sentenceStart()).isLessThanOrEqualTo(m.start());
                assertThat(m.sentenceEnd()).isGreaterThanOrEqualTo(m.end());
            }
        }
    }

    @Test
    void unrelatedSentencesStayApart() {
        Comparison c = all();
        assertThat(c.clusters()).noneMatch(k -> k.mentions().stream().anyMatch(m -> m.text().contains("Relatives")));
        assertThat(c.clusters()).allSatisfy(k -> assertThat(k.mentions().stream().map(Mention::articleId).distinct().count())
                .isGreaterThanOrEqualTo(2));
    }

    @Test
    void articlesPublishedFarApartAreNotCompared() {
        CoverageComparer narrow = new CoverageComparer(CompareSettings.defaults().withWindow(java.time.Duration.ofHours(1)));
        Comparison c = narrow.compare(List.of(TerminalFireStory.courier(), TerminalFireStory.tribune()));
        assertThat(c.conflicts()).isEmpty();
        assertThat(c.clusters()).isEmpty();
    }

    private static final String FERRY_A = "The new ferry carries 400 passengers on each crossing, the operator said.";
    private static final String FERRY_B = "The ferry has carried 4,000 passengers on its crossings since May, the operator said.";
    private static final String FEES_A = "The operator paid 3,000 euros in harbour fees last year.";
    private static final String FEES_B = "The operator has not paid harbour fees for its crossings, the council said.";

    @Test
    void numbersFarApartNearTheSameWordsMeasureDifferentThings() {
        CoverageArticle a = StoryBuilder.article("ferry-a", "Coast Post", "2031-06-01", FERRY_A)
                .reported(FERRY_A, "The new ferry carries 400 passengers on each crossing", "operator")
                .number("The new ferry carries 400 passengers on each crossing", "400", 400, "", "passengers").build();
        CoverageArticle b = StoryBuilder.article("ferry-b", "Bay Record", "2031-06-02", FERRY_B)
                .reported(FERRY_B, "The ferry has carried 4,000 passengers on its crossings since May", "operator")
                .number("The ferry has carried 4,000 passengers on its crossings since May", "4,000", 4000, "", "passengers")
                .build();
        assertThat(compare(a, b).conflicts()).isEmpty();
    }

    @Test
    void aDenialOfSomethingOtherThanABoundOrAnEventIsNoConflict() {
        CoverageArticle a = StoryBuilder.article("fees-a", "Coast Post", "2031-06-01", FEES_A)
                .statement(FEES_A).money(FEES_A, "3,000 euros", 3000, "EUR", "euro", "euros").build();
        CoverageArticle b = StoryBuilder.article("fees-b", "Bay Record", "2031-06-02", FEES_B)
                .reported(FEES_B, "The operator has not paid harbour fees for its crossings", "council").build();
        assertThat(compare(a, b).conflicts()).isEmpty();
    }
}
