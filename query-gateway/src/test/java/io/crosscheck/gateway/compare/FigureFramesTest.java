package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.EventRelation;
import io.crosscheck.common.v1.FigureEvent;
import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.FigureScope;
import io.crosscheck.common.v1.Measure;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import io.crosscheck.common.v1.ScopeKind;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conflicts decided from figure frames, one rule each, on fictional reports: what keeps two figures from being set
 * against one another (another scope, another event, another currency), what makes them agree (precision, units
 * converted), and what kind of conflict they make (sources, timelines, the same moment).
 */
class FigureFramesTest {
    private static final CoverageComparer COMPARER = new CoverageComparer(CompareSettings.defaults());

    private static Comparison compare(CoverageArticle... articles) {
        return COMPARER.compare(List.of(articles));
    }

    private static List<Comparison.Conflict> figureConflicts(Comparison c) {
        return c.conflicts().stream().filter(x -> x.basis().equals("figure")).toList();
    }

    private static FigureFrame.Builder measure(String key) {
        return FigureFrame.newBuilder().setMeasure(Measure.newBuilder().setKey(key).setText(key));
    }

    /** A report of the dead: "Floods in Velmora killed {n} people, {source} said." */
    private static CoverageArticle dead(String id, String outlet, String date, String written, double value,
            FigureFrame.Builder frame) {
        String sentence = "The floods in Velmora killed " + written + " people this week, rescue workers said.";
        String content = "The floods in Velmora killed " + written + " people this week";
        return StoryBuilder.article(id, outlet, date, sentence)
                .reported(sentence, content, "rescue workers")
                .number(content, written, value, "", "people")
                .frame(content, written, frame.build()).build();
    }

    private static FigureFrame.Builder deaths() {
        return measure("person kill");
    }

    // --- what keeps figures apart ---

    @Test
    void aCountyCountAndAStatewideCountAreNoConflict() {
        FigureFrame.Builder county = deaths().setScope(FigureScope.newBuilder().setText("in Harrow County")
                .setCanonicalName("Harrow County").setKind(ScopeKind.SCOPE_KIND_PLACE));
        FigureFrame.Builder state = deaths().setScope(FigureScope.newBuilder().setText("statewide")
                .setCanonicalName("statewide").setKind(ScopeKind.SCOPE_KIND_PLACE));
        assertThat(figureConflicts(compare(dead("a", "Coast Post", "2031-06-01", "14", 14, county),
                dead("b", "Bay Record", "2031-06-01", "31", 31, state)))).isEmpty();
        // Scoped against unscoped: a county's toll is no contradiction of the whole toll.
        assertThat(figureConflicts(compare(dead("a", "Coast Post", "2031-06-01", "14", 14, county),
                dead("b", "Bay Record", "2031-06-01", "31", 31, deaths())))).isEmpty();
    }

    @Test
    void aFigureOfAnEarlierEventIsNeverSetAgainstOneOfTheArticlesOwnEvent() {
        FigureFrame.Builder earlier = deaths().setEvent(FigureEvent.newBuilder().setText("the 1998 floods")
                .setRelation(EventRelation.EVENT_RELATION_EARLIER_EVENT));
        Comparison c = compare(dead("a", "Coast Post", "2031-06-01", "40", 40, earlier),
                dead("b", "Bay Record", "2031-06-01", "25", 25, deaths()));
        assertThat(figureConflicts(c)).isEmpty();
    }

    @Test
    void differentMeasuresDoNotConflict() {
        Comparison c = compare(dead("a", "Coast Post", "2031-06-01", "14", 14, measure("person injure")),
                dead("b", "Bay Record", "2031-06-01", "20", 20, deaths()));
        assertThat(figureConflicts(c)).isEmpty();
    }

    private static final String FEE_EUROS = "Visitors to the Velmora lighthouse now pay a fee of 20 euros, the council said.";
    private static final String FEE_POUNDS = "Visitors to the Velmora lighthouse now pay a fee of 17 pounds, the council said.";

    @Test
    void theSameFeeInTwoCurrenciesIsNoConflict() {
        CoverageArticle euros = StoryBuilder.article("eur", "Coast Post", "2031-06-01", FEE_EUROS)
                .reported(FEE_EUROS, "Visitors to the Velmora lighthouse now pay a fee of 20 euros", "council")
                .money("Visitors to the Velmora lighthouse now pay a fee of 20 euros", "20 euros", 20, "EUR", "euro", "euros")
                .build();
        CoverageArticle pounds = StoryBuilder.article("gbp", "Bay Record", "2031-06-01", FEE_POUNDS)
                .reported(FEE_POUNDS, "Visitors to the Velmora lighthouse now pay a fee of 17 pounds", "council")
                .money("Visitors to the Velmora lighthouse now pay a fee of 17 pounds", "17 pounds", 17, "GBP", "pound sterling", "pounds")
                .build();
        assertThat(figureConflicts(compare(euros, pounds))).isEmpty();
        // The rule itself, on figures a comparison might yet link.
        Figure eur = DigestFigures.only(euros);
        Figure gbp = DigestFigures.only(pounds);
        assertThat(new OtherCurrencyRule().apart(eur, gbp)).isTrue();
    }

    // --- what makes values agree ---

    private static CoverageArticle bridge(String id, String outlet, String written, Quantity.Builder q) {
        String sentence = "The new Harrow causeway will be " + written + " long, the county engineer said.";
        String content = "The new Harrow causeway will be " + written + " long";
        return StoryBuilder.article(id, outlet, "2031-06-01", sentence)
                .reported(sentence, content, "county engineer")
                .quantity(content, written, q.setForm(QuantityForm.QUANTITY_FORM_SINGLE).setKind(QuantityKind.QUANTITY_KIND_MEASURE)
                        .setFrame(measure("length")))
                .build();
    }

    @Test
    void milesAndKilometresAgreeWithinTheWrittenPrecision() {
        CoverageArticle miles = bridge("mi", "Coast Post", "1.6 miles", Quantity.newBuilder().setValue(1.6).setUnit("mile")
                .setUnitText("miles").setBaseValue(1.6 * 1609.344).setBaseUnit("m").setBound(QuantityBound.QUANTITY_BOUND_EXACT));
        CoverageArticle km = bridge("km", "Bay Record", "2.57 km", Quantity.newBuilder().setValue(2.57).setUnit("kilometre")
                .setUnitText("km").setBaseValue(2570).setBaseUnit("m").setBound(QuantityBound.QUANTITY_BOUND_EXACT));
        assertThat(figureConflicts(compare(miles, km))).isEmpty();
        assertThat(PrecisionRule.agree(DigestFigures.only(miles), DigestFigures.only(km))).isTrue();

        CoverageArticle far = bridge("km2", "Bay Record", "2.9 km", Quantity.newBuilder().setValue(2.9).setUnit("kilometre")
                .setUnitText("km").setBaseValue(2900).setBaseUnit("m").setBound(QuantityBound.QUANTITY_BOUND_EXACT));
        assertThat(PrecisionRule.agree(DigestFigures.only(miles), DigestFigures.only(far))).isFalse();
    }

    @Test
    void aboutNineteenAndNineteenAgree() {
        CoverageArticle about = bridge("about", "Coast Post", "about 19 km", Quantity.newBuilder().setValue(19).setUnit("kilometre")
                .setUnitText("km").setQualifier("about").setBaseValue(19000).setBaseUnit("m")
                .setBound(QuantityBound.QUANTITY_BOUND_APPROXIMATE));
        CoverageArticle exact = bridge("exact", "Bay Record", "19 km", Quantity.newBuilder().setValue(19).setUnit("kilometre")
                .setUnitText("km").setBaseValue(19000).setBaseUnit("m").setBound(QuantityBound.QUANTITY_BOUND_EXACT));
        assertThat(figureConflicts(compare(about, exact))).isEmpty();
    }

    @Test
    void aRoundedShareAgreesWithTheShareItRounds() {
        Figure rounded = figure("46.7%", 46.7);
        Figure precise = figure("46.74%", 46.74);
        assertThat(PrecisionRule.agree(rounded, precise)).isTrue();
        assertThat(PrecisionRule.agree(figure("46.7%", 46.7), figure("46.8%", 46.8))).isFalse();
    }

    private static Figure figure(String written, double value) {
        String sentence = "Turnout in Velmora reached " + written + " on Sunday.";
        CoverageArticle a = StoryBuilder.article("t-" + written, "Coast Post", "2031-06-01", sentence).statement(sentence)
                .quantity(sentence, written, Quantity.newBuilder().setValue(value).setKind(QuantityKind.QUANTITY_KIND_PERCENT)
                        .setForm(QuantityForm.QUANTITY_FORM_SINGLE).setUnit("percentage").setCounted("%")
                        .setBound(QuantityBound.QUANTITY_BOUND_EXACT))
                .build();
        return DigestFigures.only(a);
    }

    // --- what kind of conflict ---

    @Test
    void differentSourcesAreADiscrepancyThatNamesBoth() {
        FigureFrame.Builder coroner = deaths().setSource(Speaker.newBuilder().setText("the Harrow County coroner")
                .setCanonicalName("Harrow County Coroner"));
        FigureFrame.Builder aid = deaths().setSource(Speaker.newBuilder().setText("the Velmora Aid League")
                .setCanonicalName("Velmora Aid League"));
        Comparison c = compare(dead("a", "Coast Post", "2031-06-01", "12", 12, coroner),
                dead("b", "Bay Record", "2031-06-01", "17", 17, aid));
        List<Comparison.Conflict> conflicts = figureConflicts(c);
        assertThat(conflicts).hasSize(1);
        Comparison.Conflict x = conflicts.get(0);
        assertThat(x.kind()).isEqualTo("discrepancy");
        assertThat(x.rule()).isEqualTo("source");
        assertThat(x.sides()).extracting(Comparison.Side::source)
                .containsExactlyInAnyOrder("Harrow County Coroner", "Velmora Aid League");
    }

    @Test
    void aCountRisingAcrossPublishTimesIsATimelineInTimeOrder() {
        Comparison c = compare(dead("late", "Bay Record", "2031-06-03", "14", 14, deaths()),
                dead("early", "Coast Post", "2031-06-01", "6", 6, deaths()),
                dead("middle", "Hill Gazette", "2031-06-02", "9", 9, deaths()));
        List<Comparison.Conflict> conflicts = figureConflicts(c);
        assertThat(conflicts).hasSize(1);
        Comparison.Conflict x = conflicts.get(0);
        assertThat(x.kind()).isEqualTo("discrepancy");
        assertThat(x.rule()).isEqualTo("timeline");
        assertThat(x.sides()).extracting(Comparison.Side::value).containsExactly("6 people", "9 people", "14 people");

        assertThat(c.timelines()).hasSize(1);
        Comparison.Timeline t = c.timelines().get(0);
        assertThat(t.points()).extracting(Comparison.TimelinePoint::outlet).containsExactly("Coast Post", "Hill Gazette", "Bay Record");
        assertThat(t.points()).extracting(Comparison.TimelinePoint::numericValue).containsExactly(6.0, 9.0, 14.0);
        assertThat(t.points()).extracting(Comparison.TimelinePoint::articleId).containsExactly("early", "middle", "late");
        assertThat(t.points()).allSatisfy(p -> assertThat(p.published()).isNotNull());
    }

    @Test
    void frameTimesThatDifferMakeATimelineAndOneMomentThatDisagreesContradicts() {
        FigureFrame.Builder tuesday = deaths().setTime(TimeExpression.newBuilder().setText("by Tuesday").setValue("2031-06-03"));
        FigureFrame.Builder wednesday = deaths().setTime(TimeExpression.newBuilder().setText("by Wednesday").setValue("2031-06-04"));
        Comparison apart = compare(dead("a", "Coast Post", "2031-06-04", "15", 15, wednesday),
                dead("b", "Bay Record", "2031-06-04", "12", 12, tuesday));
        assertThat(figureConflicts(apart)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("timeline");
            assertThat(x.sides()).extracting(Comparison.Side::value).containsExactly("12 people", "15 people");
        });

        Comparison sameMoment = compare(dead("a", "Coast Post", "2031-06-03", "15", 15, tuesday.clone()),
                dead("b", "Bay Record", "2031-06-04", "12", 12, tuesday.clone()));
        assertThat(figureConflicts(sameMoment)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("contradiction");
            assertThat(x.rule()).isEqualTo("bounds");
        });
    }

    @Test
    void twoReportsOfTheSameDayThatDisagreeContradict() {
        Comparison c = compare(dead("a", "Coast Post", "2031-06-01", "6", 6, deaths()),
                dead("b", "Bay Record", "2031-06-01", "9", 9, deaths()));
        assertThat(figureConflicts(c)).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("contradiction");
            assertThat(x.rule()).isEqualTo("bounds");
        });
        assertThat(c.timelines()).singleElement().satisfies(t -> assertThat(t.points()).hasSize(2));
    }

    @Test
    void theFloodStoryHasATimelineOfTheDeadAndADiscrepancyBetweenTwoSourcesOfTheEvacuated() {
        Comparison c = FloodTimelineStory.compared();
        List<Comparison.Conflict> conflicts = figureConflicts(c);
        assertThat(conflicts).extracting(Comparison.Conflict::rule).containsExactlyInAnyOrder("timeline", "source");
        Comparison.Conflict sources = conflicts.stream().filter(x -> x.rule().equals("source")).findFirst().orElseThrow();
        assertThat(sources.sides()).extracting(Comparison.Side::source)
                .containsExactlyInAnyOrder(FloodTimelineStory.LEAGUE, FloodTimelineStory.COUNCIL);
        assertThat(c.timelines()).anySatisfy(t -> assertThat(t.points()).extracting(Comparison.TimelinePoint::value)
                .containsExactly("6 people", "9 people", "14 people"));
    }

    // --- facts the frames link whatever the sentences say ---

    private static CoverageArticle length(String id, String outlet, String sentence, String written, double miles, String measure) {
        return StoryBuilder.article(id, outlet, "2031-06-01", sentence).statement(sentence)
                .quantity(sentence, written, Quantity.newBuilder().setValue(miles).setUnit("mile").setUnitText("mile")
                        .setBaseValue(miles * 1609.344).setBaseUnit("m").setBound(QuantityBound.QUANTITY_BOUND_EXACT)
                        .setForm(QuantityForm.QUANTITY_FORM_SINGLE).setKind(QuantityKind.QUANTITY_KIND_MEASURE)
                        .setFrame(measure(measure)))
                .build();
    }

    @Test
    void twoCloseLengthsInUnlikeSentencesAreOneFactAndFarApartOnesAreNot() {
        CoverageArticle span = length("span", "Coast Post", "Traffic was halted before it reached the 1.9-mile span.",
                "1.9-mile", 1.9, "span");
        CoverageArticle structure = length("structure", "Bay Record",
                "A freighter struck the causeway at dawn, bringing the 1.6-mile structure down into the estuary.",
                "1.6-mile", 1.6, "structure");
        assertThat(figureConflicts(compare(span, structure))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo("contradiction"));

        CoverageArticle channel = length("channel", "Bay Record",
                "A freighter struck the causeway at dawn and sank in the 0.9-mile channel.", "0.9-mile", 0.9, "channel");
        assertThat(figureConflicts(compare(span, channel))).as("a length twice the other is another thing").isEmpty();
        CoverageArticle deep = length("deep", "Bay Record",
                "A freighter struck the causeway at dawn where the water is 1.7 miles deep.", "1.7 miles", 1.7, "depth");
        CoverageArticle longer = length("long", "Coast Post", "Traffic was halted on the crossing, 1.9 miles long.",
                "1.9 miles", 1.9, "length");
        assertThat(figureConflicts(compare(longer, deep))).as("a depth is no length").isEmpty();
    }

    private static CoverageArticle count(String id, String outlet, String sentence, String written, double value,
            String counted, String measure) {
        return StoryBuilder.article(id, outlet, "2031-06-01", sentence).statement(sentence)
                .number(sentence, written, value, "", counted).frame(sentence, written, measure(measure).build())
                .build();
    }

    @Test
    void oneSpecificMeasureLinksCountsInUnlikeSentencesButAHedgedOrMovingOneDoesNot() {
        CoverageArticle aboard = count("aboard", "Coast Post", "The freighter had 22 crew members aboard when it left port.",
                "22", 22, "crew members", "crew member");
        CoverageArticle safe = count("safe", "Bay Record", "Officials confirmed that all 21 crew members were accounted for.",
                "21", 21, "crew members", "crew member");
        assertThat(figureConflicts(compare(aboard, safe))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo("contradiction"));

        CoverageArticle fearedDead = count("dead", "Coast Post", "In the lower town 6,000 people are feared dead.",
                "6,000", 6000, "people", "person fear");
        CoverageArticle fearedMissing = count("missing", "Bay Record", "Rescuers said 5,200 people were feared missing upriver.",
                "5,200", 5200, "people", "person fear");
        assertThat(figureConflicts(compare(fearedDead, fearedMissing))).as("'feared' says nothing of what is counted").isEmpty();

        CoverageArticle district = count("district", "Coast Post", "In the east district, hospital staff registered 1,700 victims.",
                "1,700", 1700, "victims", "person die");
        CoverageArticle city = count("city", "Bay Record", "At least 3,000 people died as the dams broke.",
                "3,000", 3000, "people", "person die");
        assertThat(figureConflicts(compare(district, city))).as("counts of the dead come in parts; words must agree").isEmpty();
    }

    private static CoverageArticle millions(String id, String outlet, String sentence, String written, double millions) {
        return StoryBuilder.article(id, outlet, "2031-06-01", sentence).statement(sentence)
                .quantity(sentence, written, Quantity.newBuilder().setValue(millions * 1e6).setScale(1e6)
                        .setForm(QuantityForm.QUANTITY_FORM_SINGLE).setKind(QuantityKind.QUANTITY_KIND_MONEY)
                        .setCurrency("USD").setUnit("US Dollar").setUnitText("$").setBound(QuantityBound.QUANTITY_BOUND_EXACT)
                        .setFrame(FigureFrame.newBuilder()))
                .build();
    }

    @Test
    void twoSumsAHairApartAreOneAmountRoundedTwoWays() {
        CoverageArticle exact = millions("exact", "Coast Post", "Velmora United paid $262 million for the striker.",
                "$262 million", 262);
        CoverageArticle round = millions("round", "Bay Record", "The forward's release clause of US$260 million was met in full on Monday.",
                "US$260 million", 260);
        assertThat(figureConflicts(compare(exact, round))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("discrepancy");
            assertThat(c.rule()).isEqualTo("rounding");
        });

        CoverageArticle more = millions("more", "Bay Record", "The forward's release clause of US$300 million was met in full on Monday.",
                "US$300 million", 300);
        assertThat(figureConflicts(compare(exact, more))).as("15% apart in unlike sentences: two amounts").isEmpty();
    }

    @Test
    void anArticleStatesAFactOnceSoItsTwoNumbersAreNeverChainedIntoOneFact() {
        String first = "The freighter had 22 crew members aboard when it left port.";
        String second = "Its sister ship, moored nearby, carried 30 crew members.";
        CoverageArticle both = StoryBuilder.article("both", "Coast Post", "2031-06-01", first, second)
                .statement(first).number(first, "22", 22, "", "crew members").frame(first, "22", measure("crew member").build())
                .statement(second).number(second, "30", 30, "", "crew members").frame(second, "30", measure("crew member").build())
                .build();
        String between = "Officials confirmed that 25 crew members were accounted for.";
        CoverageArticle other = count("between", "Bay Record", between, "25", 25, "crew members", "crew member");

        // 25 links to 22 and to 30 by their frames; chained, one fact would hold both of the first report's numbers.
        List<Comparison.Conflict> conflicts = figureConflicts(compare(both, other));
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.sides()).hasSize(2);
            assertThat(c.sides()).allSatisfy(side -> assertThat(side.mentions()).extracting(Mention::articleId).doesNotHaveDuplicates());
            assertThat(c.sides().stream().flatMap(side -> side.mentions().stream()).map(Mention::articleId))
                    .containsExactlyInAnyOrder("both", "between");
        });
    }

    /** The figures of a fictional article, read as a comparison reads them. */
    static final class DigestFigures {
        static Figure only(CoverageArticle a) {
            List<Figure> figures = ArticleDigester.digest(a).figures();
            assertThat(figures).hasSize(1);
            return figures.get(0);
        }
    }
}
