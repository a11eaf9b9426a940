package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.EventRelation;
import io.crosscheck.common.v1.FigureEvent;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a figure belongs to another event than the article's own: an earlier event ("the 1962 quake killed
 * 4,000", "a previous outbreak"), the same measure in an earlier period ("last year's", "a year earlier",
 * "up from 55%", "in 2019" before the publish year) or an expectation ("is expected to", "could hit",
 * "next year"). Earlier readings go first: "expected to reach 2 million, up from 1.5 million last year"
 * makes the second figure the earlier value, the first the forecast. Cue words are in event-cues.txt.
 */
final class EventReader {
    private static final FrameLexicon WORDS = FrameLexicon.load("frames/event-cues.txt");
    private static final Set<String> EVENT_NOUNS = WORDS.words("event-nouns");
    private static final Set<String> EARLIER_MODIFIERS = WORDS.words("earlier-modifiers");
    private static final Set<String> PERIOD_NOUNS = WORDS.words("period-nouns");
    private static final Set<String> AFTER_PERIOD = WORDS.words("after-period-words");
    private static final Set<String> EARLIER_PERIOD_MODIFIERS = WORDS.words("earlier-period-modifiers");
    private static final Set<String> POSSESSIVE_PERIOD_MODIFIERS = WORDS.words("possessive-period-modifiers");
    private static final Set<String> EARLIER_VALUE_CUES = WORDS.words("earlier-value-cues");
    private static final Set<String> COMPARISON_CUES = WORDS.words("comparison-cues");
    private static final Set<String> FORECAST_MODALS = WORDS.words("forecast-modals");
    private static final Set<String> FORECAST_GOVERNORS = WORDS.words("forecast-governors");
    private static final Set<String> FORECAST_NOUNS = WORDS.words("forecast-nouns");
    private static final Set<String> FUTURE_MODIFIERS = WORDS.words("future-modifiers");
    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");
    /** Relations not followed from a figure's neighbourhood: other clauses, and words that carry no phrase. */
    private static final Set<String> NOT_THROUGH = Set.of("punct", "cc", "conj", "ccomp", "advcl", "parataxis", "acl:relcl",
            "csubj", "appos", "list", "discourse");

    private EventReader() {
    }

    static List<FrameRule<FigureEvent>> rules() {
        return List.of(new EarlierEvent(), new EarlierPeriod(), new EarlierValue(), new EarlierYear(), new ForecastModal(),
                new ForecastGovernor(), new ForecastNoun(), new FuturePeriod());
    }

    /** "The 1962 quake killed 4,000 people", "a previous outbreak infected 300": an event noun marked as earlier. */
    static final class EarlierEvent implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int e : around(f, in)) {
                if (!p.token(e).isNoun() || !EVENT_NOUNS.contains(p.lemma(e))) {
                    continue;
                }
                for (int c : p.childrenNear(e, e)) {
                    boolean earlierWord = (p.is(c, "amod") || p.is(c, "advmod")) && EARLIER_MODIFIERS.contains(p.lemma(c));
                    if (earlierWord || isEarlierYear(p, c, in)) {
                        return event(in, p, p.phraseStart(e), Math.max(e, c), EventRelation.EVENT_RELATION_EARLIER_EVENT);
                    }
                }
            }
            return null;
        }

        /** A year on the event noun ("the 1962 quake", "the quake of 1962") before the publish year, or any year without one. */
        private static boolean isEarlierYear(ParsedSentence p, int c, FrameInputs in) {
            if (!YEAR.matcher(p.token(c).text()).matches()) {
                return false;
            }
            // "the quake of 1962" but not "the biggest vote since 1992": a year since which is a baseline, not the event
            boolean onNoun = p.is(c, "nummod") || p.is(c, "compound") || p.is(c, "amod")
                    || p.is(c, "nmod") && (p.caseWords(c).equals("in") || p.caseWords(c).equals("of"));
            return onNoun && (in.published == null || Integer.parseInt(p.token(c).text()) < in.published.getYear());
        }
    }

    /**
     * "a year earlier", "a month ago", "the previous month", "last year's election": a period phrase on the figure,
     * its measure or its clause. A bare "last month" is left alone: it is usually the period the article reports.
     */
    static final class EarlierPeriod implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int w : around(f, in)) {
                if (AFTER_PERIOD.contains(p.lemma(w)) || AFTER_PERIOD.contains(p.lower(w))) {
                    for (int c : p.childrenNear(w, w)) {
                        if (c < w && PERIOD_NOUNS.contains(p.lemma(c))) {
                            return event(in, p, p.phraseStart(c), w, EventRelation.EVENT_RELATION_EARLIER_PERIOD);
                        }
                    }
                }
                if (!PERIOD_NOUNS.contains(p.lemma(w)) || !p.token(w).isNoun()) {
                    continue;
                }
                boolean possessive = p.is(w, "nmod:poss");
                for (int c : p.childrenNear(w, w)) {
                    String word = p.lemma(c);
                    if (c < w && (p.is(c, "amod") || p.dep(c).equals("det"))
                            && (EARLIER_PERIOD_MODIFIERS.contains(word) || possessive && POSSESSIVE_PERIOD_MODIFIERS.contains(word))) {
                        int end = possessive && p.child(w, "case") > w ? p.child(w, "case") : w; // "last year's"
                        return event(in, p, p.phraseStart(w), end, EventRelation.EVENT_RELATION_EARLIER_PERIOD);
                    }
                }
            }
            return null;
        }
    }

    /** "61%, up from 55%", "down from 5.6%": the earlier value of the same measure. */
    static final class EarlierValue implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.counts() ? f.nominal : f.anchor;
            int h = p.head(x);
            if (h >= 0 && h < x && EARLIER_VALUE_CUES.contains(p.lemma(h) + " " + p.caseWords(x))) {
                int caseWord = p.child(x, "case");
                return event(in, p, h, Math.max(h, caseWord), EventRelation.EVENT_RELATION_EARLIER_PERIOD);
            }
            if (f.first >= 2 && EARLIER_VALUE_CUES.contains(p.lower(f.first - 2) + " " + p.lower(f.first - 1))) {
                return event(in, p, f.first - 2, f.first - 1, EventRelation.EVENT_RELATION_EARLIER_PERIOD);
            }
            return null;
        }
    }

    /**
     * "compared with 55% in 2019", "turnout in 2019 was 55%": a year or month time on the figure before the publish
     * year. Without a publish date only a compared figure counts ("compared with", "from").
     */
    static final class EarlierYear implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            TimeExpression t = in.times.attached(f);
            Integer year = yearOf(t);
            if (year == null || t.getText().toLowerCase(java.util.Locale.ROOT).startsWith("since")) {
                return null; // "the highest turnout since 1992" is now, measured against a baseline
            }
            boolean earlier = in.published != null ? year < in.published.getYear() : compared(f);
            return earlier ? event(in, t, EventRelation.EVENT_RELATION_EARLIER_PERIOD) : null;
        }

        private static boolean compared(FigureSite f) {
            ParsedSentence p = f.parse;
            String cue = p.caseWords(f.counts() ? f.nominal : f.anchor);
            return COMPARISON_CUES.stream().anyMatch(c -> cue.equals(c) || cue.endsWith(" " + c));
        }
    }

    /**
     * "could hit 5%", "will cost $300 million", "would be evacuated": a modal on the figure's clause; not with a
     * perfect ("would have been"), which says what might have been.
     */
    static final class ForecastModal implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int modal = -1;
            for (int c : p.children(f.clause)) {
                if (c < f.clause && p.dep(c).equals("aux") && FORECAST_MODALS.contains(p.lower(c))) {
                    modal = c;
                } else if (modal >= 0 && c < f.clause && p.dep(c).equals("aux") && p.lemma(c).equals("have")) {
                    return null; // "would have been $1.04": what might have been, not what is expected
                }
            }
            return modal >= 0 ? event(in, p, modal, f.clause, EventRelation.EVENT_RELATION_FORECAST) : null;
        }
    }

    /** "is expected to reach", "is set to rise to", "plans to hire": the figure's clause completes a word of expectation. */
    static final class ForecastGovernor implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int c = f.clause;
            for (int hops = 0; hops < 2 && p.dep(c).equals("xcomp") && p.head(c) >= 0; hops++) {
                int h = p.head(c);
                if (FORECAST_GOVERNORS.contains(p.lemma(h)) || FORECAST_GOVERNORS.contains(p.lower(h))) {
                    int to = p.child(c, "mark");
                    return event(in, p, h, to > h && to <= h + 2 ? to : h, EventRelation.EVENT_RELATION_FORECAST);
                }
                c = h;
            }
            return null;
        }
    }

    /** "a forecast of 3%", "the projected deficit", "a target of 2%": the measure is itself an expectation. */
    static final class ForecastNoun implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int m = f.measureHead;
            if (m < 0) {
                return null;
            }
            if (FORECAST_NOUNS.contains(p.lemma(m)) || FORECAST_NOUNS.contains(p.lower(m))) {
                return event(in, p, m, m, EventRelation.EVENT_RELATION_FORECAST);
            }
            for (int c : p.childrenNear(m, m)) {
                if (c < m && (p.is(c, "amod") || p.is(c, "compound")) && FORECAST_NOUNS.contains(p.lower(c))) {
                    return event(in, p, c, c, EventRelation.EVENT_RELATION_FORECAST);
                }
            }
            return null;
        }
    }

    /** "next year", "in the coming months", "by 2030" (after the publish year): a future period on the figure or its clause. */
    static final class FuturePeriod implements FrameRule<FigureEvent> {
        @Override
        public FigureEvent read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int n : f.nodes()) {
                for (int w : p.childrenNear(n, f.anchor)) {
                    if (!PERIOD_NOUNS.contains(p.lemma(w)) || f.covers(w)) {
                        continue;
                    }
                    for (int c : p.children(w)) {
                        if (c < w && FUTURE_MODIFIERS.contains(p.lemma(c))) {
                            return event(in, p, p.phraseStart(w), w, EventRelation.EVENT_RELATION_FORECAST);
                        }
                    }
                }
            }
            TimeExpression t = in.times.attached(f);
            Integer year = yearOf(t);
            if (year != null && in.published != null && year > in.published.getYear()) {
                return event(in, t, EventRelation.EVENT_RELATION_FORECAST);
            }
            return null;
        }
    }

    /**
     * The tokens an event or period phrase may stand on: the figure's neighbourhood tokens, their children near
     * the figure, and those children's children; not through other clauses nor through another figure's words.
     */
    static List<Integer> around(FigureSite f, FrameInputs in) {
        ParsedSentence p = f.parse;
        List<Integer> nodes = f.nodes();
        List<Integer> out = new ArrayList<>(nodes);
        List<Integer> first = new ArrayList<>();
        for (int n : nodes) {
            for (int c : p.childrenNear(n, f.anchor)) {
                if (!nodes.contains(c) && !f.covers(c) && !NOT_THROUGH.contains(p.dep(c))) {
                    first.add(c);
                }
            }
        }
        out.addAll(first);
        for (int c : first) {
            FigureSite other = in.figureAt(p, c);
            if (other != null && other != f) {
                continue; // "…, down from 5.6% a month earlier": the other figure's words are its own
            }
            for (int cc : p.childrenNear(c, f.anchor)) {
                if (!f.covers(cc) && !NOT_THROUGH.contains(p.dep(cc))) {
                    out.add(cc);
                }
            }
        }
        return out;
    }

    /** The year of a year or month time ("2019", "2019-03"), else null. */
    private static Integer yearOf(TimeExpression t) {
        if (t == null || t.getValue().length() < 4 || !YEAR.matcher(t.getValue().substring(0, 4)).matches()
                || t.getGranularity() != TimeGranularity.TIME_GRANULARITY_YEAR && t.getGranularity() != TimeGranularity.TIME_GRANULARITY_MONTH) {
            return null;
        }
        return Integer.parseInt(t.getValue().substring(0, 4));
    }

    private static FigureEvent event(FrameInputs in, ParsedSentence p, int from, int to, EventRelation relation) {
        int start = p.token(from).start();
        int end = p.token(Math.max(from, to)).end();
        return FigureEvent.newBuilder().setText(in.text.text().substring(start, end))
                .setSpan(Span.newBuilder().setStart(start).setEnd(end)).setRelation(relation).build();
    }

    private static FigureEvent event(FrameInputs in, TimeExpression t, EventRelation relation) {
        return FigureEvent.newBuilder().setText(t.getText()).setSpan(t.getSpan()).setRelation(relation).build();
    }
}
