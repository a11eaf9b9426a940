package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.EventRelation;
import io.crosscheck.common.v1.FigureFrame;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.ScopeKind;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figure frames on hand-written, fictional sentences through the real pipeline (CoreNLP, quantity reader,
 * time resolver, speakers): what a figure measures, where, as of when, on whose word and for which event.
 * Quantities are looked up by the offset of their number, so the tests hold whatever span the quantity
 * reader gives ("10" or "10 km").
 */
class FigureFramesTest {
    /** A Friday: "by Thursday night" is 2025-11-27. */
    private static final LocalDate FRIDAY = LocalDate.of(2025, 11, 28);

    // --- measure ---

    @Test
    void measureIsTheSubjectOfAVerbOfLevel() {
        FigureFrame f = frame("The death toll from the floods rose to 25 on Tuesday, the agency said.", "25");

        assertThat(f.getMeasure().getKey()).isEqualTo("death toll");
        assertThat(f.getMeasure().getText()).isEqualTo("The death toll");
        assertThat(f.getMeasure().getSpan().getStart()).isZero();
    }

    @Test
    void measureIsTheNounAFigureIsTheValueOf() {
        String text = "The quake struck at a depth of 10 km, according to the Harrow seismic institute.";

        FigureFrame f = frame(text, "10");

        assertThat(f.getMeasure().getKey()).isEqualTo("depth");
        assertThat(at(text, f.getMeasure().getSpan())).isEqualTo("a depth");
    }

    @Test
    void magnitudeBeforeItsNumber() {
        FigureFrame f = frame("A magnitude 5.9 quake shook the coastal town of Velmora on Monday.", "5.9");

        assertThat(f.getMeasure().getKey()).isEqualTo("magnitude");
        assertThat(f.getMeasure().getText()).isEqualTo("magnitude");
    }

    @Test
    void feeOfAnAmount() {
        FigureFrame f = frame("Visitors to the old harbour will pay a fee of €20 from next year.", "20");

        assertThat(f.getMeasure().getKey()).isEqualTo("fee");
    }

    @Test
    void feeBeforeItsNoun() {
        FigureFrame f = frame("Drivers pay a $20 fee to park on the pier, the council said.", "20");

        assertThat(f.getMeasure().getKey()).isEqualTo("fee");
        assertThat(f.getMeasure().getText()).isEqualTo("fee");
    }

    @Test
    void turnoutAsTheSubjectOfTheCopula() {
        FigureFrame f = frame("Turnout was 61% in the regional vote on Sunday.", "61");

        assertThat(f.getMeasure().getKey()).isEqualTo("turnout");
        assertThat(f.getMeasure().getText()).isEqualTo("Turnout");
    }

    @Test
    void countedSubjectOfAnEventVerbIsKeyedByNounAndVerb() {
        FigureFrame f = frame("Fourteen people died when the ferry capsized near Eastbrook.", "Fourteen");

        assertThat(f.getMeasure().getKey()).isEqualTo("person die");
        assertThat(f.getMeasure().getText()).isEqualTo("people died");
    }

    @Test
    void activeAndPassiveCountsMeetUnderOneKey() {
        FigureFrame active = frame("The storm killed 14 people in the valley on Monday.", "14");
        FigureFrame passive = frame("Fourteen people were killed by the storm in the valley on Monday.", "Fourteen");

        assertThat(active.getMeasure().getKey()).isEqualTo("person kill");
        assertThat(passive.getMeasure().getKey()).isEqualTo("person kill");
    }

    @Test
    void measureIsTheObjectAVerbSetsToTheFigure() {
        FigureFrame f = frame("The central bank raised interest rates to 5% on Tuesday.", "5");

        assertThat(f.getMeasure().getKey()).isEqualTo("interest rate");
        assertThat(f.getMeasure().getText()).isEqualTo("interest rates");
    }

    @Test
    void anAdjectiveOfDimensionAfterAMeasureNamesTheDimension() {
        FigureFrame miles = frame("The footbridge over the Aller is 2.3 miles long.", "2.3");
        FigureFrame km = frame("The quake struck 10 km deep under the valley.", "10");

        assertThat(miles.getMeasure().getKey()).isEqualTo("length");
        assertThat(miles.getMeasure().getText()).isEqualTo("long");
        assertThat(km.getMeasure().getKey()).isEqualTo("depth");
    }

    @Test
    void measureIsAVerbOfValue() {
        FigureFrame f = frame("The new bridge will cost about $300 million, the council said.", "300");

        assertThat(f.getMeasure().getKey()).isEqualTo("cost");
        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_FORECAST);
        assertThat(f.getEvent().getText()).isEqualTo("will cost");
    }

    @Test
    void adjectivesOfCertaintyAreNoPartOfTheKey() {
        FigureFrame f = frame("The official death toll stood at 31 on Tuesday.", "31");

        assertThat(f.getMeasure().getKey()).isEqualTo("death toll");
        assertThat(f.getMeasure().getText()).isEqualTo("The official death toll");
    }

    @Test
    void adjectivesThatSayWhatIsMeasuredAreInTheKey() {
        FigureFrame f = frame("The median rent in Eastbrook rose to $1,450 a month.", "1,450");

        assertThat(f.getMeasure().getKey()).isEqualTo("median rent");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("Eastbrook");
    }

    // --- scope ---

    @Test
    void scopeIsANamedPlace() {
        String text = "Floods killed 14 people in Harrow County on Monday, the sheriff's office said.";

        FigureFrame f = frame(text, "14");

        assertThat(f.getScope().getKind()).isEqualTo(ScopeKind.SCOPE_KIND_PLACE);
        assertThat(f.getScope().getText()).isEqualTo("in Harrow County");
        assertThat(at(text, f.getScope().getSpan())).isEqualTo("in Harrow County");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("Harrow County");
    }

    @Test
    void scopeWordStatewide() {
        FigureFrame f = frame("Turnout was 61% statewide, the election board said.", "61");

        assertThat(f.getScope().getKind()).isEqualTo(ScopeKind.SCOPE_KIND_PLACE);
        assertThat(f.getScope().getText()).isEqualTo("statewide");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("statewide");
        assertThat(f.getMeasure().getKey()).isEqualTo("turnout");
    }

    @Test
    void scopeIsAGroup() {
        FigureFrame f = frame("Flu cases rose 12 per cent among children last month, health officials said.", "12");

        assertThat(f.getScope().getKind()).isEqualTo(ScopeKind.SCOPE_KIND_GROUP);
        assertThat(f.getScope().getText()).isEqualTo("among children");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("children");
        assertThat(f.getMeasure().getKey()).isEqualTo("flu case");
    }

    @Test
    void scopeIsANamedOrganization() {
        FigureFrame f = frame("Layoffs at Norvik Motors reached 400 this week, the union said.", "400");

        assertThat(f.getScope().getKind()).isEqualTo(ScopeKind.SCOPE_KIND_ORGANIZATION);
        assertThat(f.getScope().getCanonicalName()).isEqualTo("Norvik Motors");
        assertThat(f.getMeasure().getKey()).isEqualTo("layoff");
    }

    @Test
    void scopeIsAPlaceNoun() {
        FigureFrame f = frame("The flood damaged 340 homes across the province, the governor told reporters.", "340");

        assertThat(f.getScope().getKind()).isEqualTo(ScopeKind.SCOPE_KIND_PLACE);
        assertThat(f.getScope().getText()).isEqualTo("across the province");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("province");
    }

    // --- time ---

    @Test
    void timeTheFigureHoldsAtIsResolvedAgainstThePublishDate() {
        String text = "The death toll had risen to 25 by Thursday night, officials said.";
        ClaimSet set = Nlp.claims(text, FRIDAY);

        FigureFrame f = quantityAt(set, text, "25").getFrame();

        assertThat(f.getTime().getText()).isEqualTo("by Thursday night");
        assertThat(f.getTime().getValue()).isEqualTo("2025-11-27");
        // copied whole: the very expression the claim carries
        assertThat(set.getClaimsList().stream().flatMap(c -> c.getTimesList().stream())).contains(f.getTime());
    }

    @Test
    void timeOfTheReportingClauseIsNotTheFiguresTime() {
        FigureFrame f = frame("The death toll rose to 25 on Tuesday, the agency said on Wednesday.", "25");

        assertThat(f.getTime().getText()).isEqualTo("on Tuesday");
        assertThat(f.getTime().getValue()).isEqualTo("2025-11-25");
    }

    @Test
    void asOfAWeekday() {
        FigureFrame f = frame("The death toll in Harrow County stood at 14 as of Monday, the sheriff's office said.", "14");

        assertThat(f.getTime().getValue()).isEqualTo("2025-11-24");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("Harrow County");
    }

    // --- source ---

    @Test
    void sourceIsTheSpeakerOfReportedSpeech() {
        FigureFrame f = frame("The death toll rose to 25 on Tuesday, the agency said.", "25");

        assertThat(f.getSource().getText()).isEqualTo("the agency");
    }

    @Test
    void sourceAfterAccordingTo() {
        FigureFrame f = frame("According to the Harrow seismic institute, the quake struck at a depth of 10 km.", "10");

        assertThat(f.getSource().getText()).isEqualTo("the Harrow seismic institute");
    }

    @Test
    void sourceOfADirectQuote() {
        FigureFrame f = frame("“We counted 340 damaged homes,” said Ilse Maren, the county's emergency manager.", "340");

        assertThat(f.getSource().getCanonicalName()).isEqualTo("Ilse Maren");
    }

    @Test
    void theOutletsOwnStatementHasNoSource() {
        FigureFrame f = frame("The storm killed 14 people in the valley on Monday.", "14");

        assertThat(f.hasSource()).isFalse();
    }

    // --- other event ---

    @Test
    void anEarlierEventByItsYear() {
        FigureFrame f = frame("The 1962 quake killed 4,000 people in the capital.", "4,000");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_EARLIER_EVENT);
        assertThat(f.getEvent().getText()).isEqualTo("The 1962 quake");
        assertThat(f.getMeasure().getKey()).isEqualTo("person kill");
        assertThat(f.getScope().getCanonicalName()).isEqualTo("capital");
    }

    @Test
    void anEarlierEventByItsAdjective() {
        FigureFrame f = frame("A previous outbreak infected 300 children in the region, the ministry said.", "300");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_EARLIER_EVENT);
        assertThat(f.getEvent().getText()).isEqualTo("A previous outbreak");
    }

    @Test
    void lastYearsFigureIsAnEarlierPeriodAndTheComparedFigureMeasuresTheSame() {
        String text = "Turnout was 61%, compared with 55% in last year's election.";
        ClaimSet set = Nlp.claims(text, FRIDAY);

        FigureFrame now = quantityAt(set, text, "61").getFrame();
        FigureFrame before = quantityAt(set, text, "55").getFrame();

        assertThat(now.hasEvent()).isFalse();
        assertThat(before.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_EARLIER_PERIOD);
        assertThat(before.getEvent().getText()).isEqualTo("last year's");
        assertThat(before.getMeasure().getKey()).isEqualTo("turnout");
    }

    @Test
    void aMonthEarlier() {
        String text = "Nationwide, the jobless rate fell to 5.3%, down from 5.6% a month earlier.";
        ClaimSet set = Nlp.claims(text, FRIDAY);

        FigureFrame now = quantityAt(set, text, "5.3").getFrame();
        FigureFrame before = quantityAt(set, text, "5.6").getFrame();

        assertThat(now.hasEvent()).isFalse();
        assertThat(now.getScope().getText()).isEqualTo("Nationwide");
        assertThat(now.getMeasure().getKey()).isEqualTo("jobless rate");
        assertThat(before.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_EARLIER_PERIOD);
        assertThat(before.getEvent().getText()).isEqualTo("a month earlier");
        assertThat(before.getMeasure().getKey()).isEqualTo("jobless rate");
    }

    @Test
    void aYearBeforeThePublishYear() {
        FigureFrame f = frame("Turnout in the district was 48% in 2019, the election board said.", "48");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_EARLIER_PERIOD);
        assertThat(f.getEvent().getText()).isEqualTo("in 2019");
        assertThat(f.getTime().getValue()).isEqualTo("2019");
    }

    @Test
    void expectedToIsAForecast() {
        FigureFrame f = frame("Prices are expected to reach $4.50 a gallon next month.", "4.50");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_FORECAST);
        assertThat(f.getEvent().getText()).isEqualTo("expected to");
        assertThat(f.getMeasure().getKey()).isEqualTo("price");
    }

    @Test
    void couldReachIsAForecast() {
        FigureFrame f = frame("Inflation could hit 5% by the end of the year, the central bank warned.", "5");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_FORECAST);
        assertThat(f.getEvent().getText()).isEqualTo("could hit");
        assertThat(f.getMeasure().getKey()).isEqualTo("inflation");
        assertThat(f.getSource().getText()).isEqualTo("the central bank");
    }

    @Test
    void nextYearIsAForecast() {
        FigureFrame f = frame("The number of visitors rose to 2 million and reaches 3 million next year, the board said.", "3 million");

        assertThat(f.getEvent().getRelation()).isEqualTo(EventRelation.EVENT_RELATION_FORECAST);
        assertThat(f.getEvent().getText()).isEqualTo("next year");
    }

    @Test
    void aBaselineYearIsNoEarlierPeriod() {
        FigureFrame f = frame("Turnout was 58% since 1994, the board said.", "58");

        assertThat(f.hasEvent()).isFalse();
        assertThat(f.getMeasure().getKey()).isEqualTo("turnout");
    }

    @Test
    void whatMightHaveBeenIsNoForecast() {
        FigureFrame f = frame("The ferry company said profit could have reached $12 million without the strike.", "12");

        assertThat(f.hasEvent()).isFalse();
        assertThat(f.getMeasure().getKey()).isEqualTo("profit");
    }

    // --- the entry point itself ---

    @Test
    void sameQuantitiesInTheSameOrderEachFramedWithTheDecidingRuleRecorded() {
        String text = "The 1962 quake killed 4,000 people in the capital. Turnout was 61% statewide on Sunday.";
        AnalyzedText analyzed = Nlp.analyzer().analyze(text);
        List<Quantity> quantities = new QuantityReader().read(analyzed);
        List<TimeExpression> times = new TimeResolver().resolve(text, FRIDAY, analyzed.sentences());

        List<FigureFrames.Framed> framed = new FigureFrames().read(analyzed, quantities, times, List.of(),
                new EntityIndex(analyzed), null);

        assertThat(framed).hasSameSizeAs(quantities);
        for (int i = 0; i < quantities.size(); i++) {
            assertThat(framed.get(i).quantity().toBuilder().clearFrame().build()).isEqualTo(quantities.get(i));
            assertThat(framed.get(i).quantity().hasFrame()).isTrue();
        }
        FigureFrames.Framed deaths = framed.stream().filter(q -> q.quantity().getValue() == 4000).findFirst().orElseThrow();
        assertThat(deaths.rules()).containsEntry(FigureFrames.MEASURE, "CountedEvent")
                .containsEntry(FigureFrames.SCOPE, "PlaceNounPhrase")
                .containsEntry(FigureFrames.EVENT, "EarlierEvent")
                .doesNotContainKey(FigureFrames.SOURCE);
        FigureFrames.Framed turnout = framed.stream().filter(q -> q.quantity().getValue() == 61).findFirst().orElseThrow();
        assertThat(turnout.rules()).containsEntry(FigureFrames.MEASURE, "CopulaSubject")
                .containsEntry(FigureFrames.SCOPE, "ScopeWord")
                .containsEntry(FigureFrames.TIME, "AttachedToFigure");
        // The five-argument entry point (no publish date) frames the same.
        assertThat(new FigureFrames().frame(analyzed, quantities, times, List.of(), new EntityIndex(analyzed)))
                .isEqualTo(framed.stream().map(FigureFrames.Framed::quantity).toList());
    }

    @Test
    void claimsCarryTheFramedQuantitiesOfTheSet() {
        String text = "The death toll rose to 25 on Tuesday, the agency said.";
        ClaimSet set = Nlp.claims(text, FRIDAY);

        Quantity inSet = quantityAt(set, text, "25");
        Quantity inClaim = set.getClaimsList().stream().flatMap(c -> c.getQuantitiesList().stream()).findFirst().orElseThrow();

        assertThat(inClaim).isEqualTo(inSet);
        assertThat(inClaim.getFrame().hasMeasure()).isTrue();
    }

    // --- robustness ---

    /**
     * A sentence of 5,000 numbers (a table pasted as one line), with a claim for every tenth and one around all:
     * framing must not fail and must cost about linear time. Bounds: generous CPU time in all, and the cost per
     * figure no more than twice that on a sentence of 1,000 numbers (work per figure that grows with the sentence,
     * such as a scan of a head's every dependent, made it nearly three times before the look-ups were made local).
     */
    @Test
    void aSentenceOfFiveThousandNumbersIsFramedInLinearTime() {
        Listed small = listed(1000);
        Listed big = listed(5000);
        assertThat(big.quantities().size()).isGreaterThan(4000);
        FigureFrames frames = new FigureFrames();
        small.frame(frames); // warm-up: the first call pays for class loading and the interpreter

        long smallNanos = small.frame(frames).nanos();
        Listed.Run run = big.frame(frames);
        long millis = run.nanos() / 1_000_000;

        assertThat(millis).as("framing %d quantities took %d ms of CPU", big.quantities().size(), millis).isLessThan(5_000);
        double perFigureRatio = ((double) run.nanos() / big.quantities().size())
                / (Math.max(smallNanos, 1_000_000.0) / small.quantities().size());
        assertThat(perFigureRatio).as("cost per figure, 5,000 numbers against 1,000").isLessThan(2.0);
        List<Quantity> framed = run.framed();
        assertThat(framed).hasSameSizeAs(big.quantities());
        assertThat(framed.get(10).getFrame().getSource().getText()).isEqualTo("speaker 10");
        assertThat(framed.get(11).getFrame().getSource().getText()).isEqualTo("The agency");
    }

    /** A sentence listing n numbers, analysed, with its quantities, times and claims. */
    private record Listed(AnalyzedText analyzed, List<Quantity> quantities, List<TimeExpression> times,
            List<Claim.Builder> claims) {
        record Run(List<Quantity> framed, long nanos) {
        }

        Run frame(FigureFrames frames) {
            EntityIndex entities = new EntityIndex(analyzed);
            long t0 = cpuNanos();
            List<Quantity> framed = frames.frame(analyzed, quantities, times, claims, entities, FRIDAY);
            return new Run(framed, cpuNanos() - t0);
        }
    }

    private static Listed listed(int n) {
        StringBuilder sb = new StringBuilder("The agency said the tolls in Velmora rose to ");
        for (int i = 0; i < n; i++) {
            sb.append(i % 7 == 0 ? "about " : "").append(10 + i).append(i % 3 == 0 ? " people" : "").append(", ");
        }
        sb.append("and 12 by Thursday night.");
        String text = sb.toString();
        AnalyzedText analyzed = Nlp.analyzer().analyze(text);
        List<Quantity> quantities = new QuantityReader().read(analyzed);
        List<TimeExpression> times = new TimeResolver().resolve(text, FRIDAY, analyzed.sentences());
        List<Claim.Builder> claims = new ArrayList<>();
        Speaker agency = Speaker.newBuilder().setText("The agency").setCanonicalName("The agency")
                .setSpan(Span.newBuilder().setStart(0).setEnd(10)).build();
        claims.add(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE).setSpeaker(agency)
                .setSpan(Span.newBuilder().setStart(16).setEnd(text.length())));
        for (int i = 0; i < quantities.size(); i += 10) {
            Speaker someone = agency.toBuilder().setText("speaker " + i).build();
            claims.add(Claim.newBuilder().setSpeaker(someone).setSpan(quantities.get(i).getSpan()));
        }
        return new Listed(analyzed, quantities, times, claims);
    }

    /** A hand-built worst case: 5,000 numbers, each headed by the one before (a chain 5,000 deep), and a sentence with no parse. */
    @Test
    void aChainOfFiveThousandHeadsAndAnUnparsedSentenceAreFramedWithoutFailing() {
        int n = 5000;
        StringBuilder sb = new StringBuilder();
        List<Token> chain = new ArrayList<>();
        List<Token> flat = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = sb.length();
            String word = String.valueOf(100 + i);
            sb.append(word).append(' ');
            chain.add(new Token(i, word, start, start + word.length(), "CD", word, "NUMBER", word, i - 1, i == 0 ? "root" : "nummod"));
            quantities.add(Quantity.newBuilder().setValue(100 + i).setText(word).setForm(QuantityForm.QUANTITY_FORM_SINGLE)
                    .setSpan(Span.newBuilder().setStart(start).setEnd(start + word.length())).build());
        }
        int secondStart = sb.length();
        for (int i = 0; i < n; i++) {
            int start = sb.length();
            String word = String.valueOf(100 + i);
            sb.append(word).append(' ');
            flat.add(new Token(i, word, start, start + word.length(), "CD", word, "NUMBER", word, -1, "root"));
            quantities.add(Quantity.newBuilder().setValue(100 + i).setText(word)
                    .setSpan(Span.newBuilder().setStart(start).setEnd(start + word.length())).build());
        }
        String text = sb.toString();
        AnalyzedText analyzed = new AnalyzedText(text, List.of(
                new Sentence(0, 0, chain.get(n - 1).end(), chain),
                new Sentence(1, secondStart, flat.get(n - 1).end(), flat)), List.of());

        long t0 = cpuNanos();
        List<Quantity> framed = new FigureFrames().frame(analyzed, quantities, List.of(), List.of(), new EntityIndex(analyzed));
        long millis = (cpuNanos() - t0) / 1_000_000;

        assertThat(millis).as("framing took %d ms", millis).isLessThan(10_000);
        assertThat(framed).hasSameSizeAs(quantities);
        assertThat(framed).allMatch(Quantity::hasFrame);
    }

    // --- helpers ---

    /**
     * CPU time of this thread, where the JVM measures it: the bound is on the work done, not on the wall clock of a
     * machine another build shares.
     */
    private static long cpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static FigureFrame frame(String text, String number) {
        return quantityAt(Nlp.claims(text, FRIDAY), text, number).getFrame();
    }

    /** The quantity of the set whose span holds the first occurrence of the number as written. */
    private static Quantity quantityAt(ClaimSet set, String text, String number) {
        int offset = text.indexOf(number);
        assertThat(offset).as("'%s' in the text", number).isGreaterThanOrEqualTo(0);
        return set.getQuantitiesList().stream()
                .filter(q -> q.getSpan().getStart() <= offset && offset < q.getSpan().getEnd())
                .findFirst().orElseThrow(() -> new AssertionError("no quantity at '" + number + "' in " + set.getQuantitiesList()));
    }

    private static String at(String text, Span span) {
        return text.substring(span.getStart(), span.getEnd());
    }
}
