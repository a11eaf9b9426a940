package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Measure;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a figure is a value of, read from the dependency parse around the number: the noun it is the value of
 * ("a fee of €20", "a magnitude 5.9 quake", "a $20 fee", "2.4 miles of the coast road"), the subject of a
 * copula or a verb of level ("turnout was 61%", "the death toll rose to 25"), the object a verb sets to it
 * ("put the toll at 25"), a verb of value ("will cost $300 million"), or what it counts ("25 people died",
 * "340 homes").
 *
 * <p>The key convention: lower-case lemmas joined with spaces.
 * <ul>
 * <li>A noun measure is the head noun with its compound nouns and the adjectives that say what is measured
 * ([key-adjectives] of measure-words.txt), in text order, without determiners, possessors or named entities
 * (those are scope): "the official death toll" → "death toll", "the jobless rate" → "jobless rate", "a
 * powerful magnitude" → "magnitude". A container noun keeps its "of" noun: "the number of visitors" →
 * "number of visitor".</li>
 * <li>A count of things that an event verb happens to is the counted noun's key then the verb's lemma,
 * active or passive alike: "25 people died" → "person die", "the storm killed 14 people" and "14 people were
 * killed" → "person kill"; a bare number ("30 were injured") is the verb alone → "injure". A light verb
 * ("there were 25 deaths", "officials confirmed 25 deaths") adds nothing: → "death".</li>
 * <li>A verb of value is its lemma: "the bridge will cost $300 million" → "cost".</li>
 * </ul>
 * The text and span are the words the key came from as written ("the death toll", "people died").
 */
final class MeasureReader {
    private static final FrameLexicon WORDS = FrameLexicon.load("frames/measure-words.txt");
    private static final Set<String> LEVEL_VERBS = WORDS.words("level-verbs");
    private static final Set<String> LIGHT_VERBS = WORDS.words("light-verbs");
    private static final Set<String> CONTAINERS = WORDS.words("container-nouns");
    private static final Set<String> KEY_ADJECTIVES = WORDS.words("key-adjectives");
    private static final Set<String> VALUE_VERBS = WORDS.words("value-verbs");
    private static final Set<String> VALUE_PREPOSITIONS = WORDS.words("value-prepositions");
    /** "long length", "deep depth": an adjective of dimension after a measure, and the noun it measures. */
    private static final java.util.Map<String, String> DIMENSIONS = WORDS.words("dimension-adjectives").stream()
            .map(w -> w.split("\\s+")).collect(java.util.stream.Collectors.toMap(w -> w[0], w -> w[1]));

    private MeasureReader() {
    }

    /** A measure and the token of its head, which scope, time and event then look around. */
    record Found(Measure measure, int head) {
    }

    /** The rules in the order they are tried: the noun a figure is the value of first, what it counts last. */
    static List<FrameRule<Found>> rules() {
        List<FrameRule<Found>> own = List.of(new DimensionAdjective(), new ValueOfNoun(), new UnitOfNoun(), new ScaleNounBeforeNumber(),
                new AttributiveFigure(), new CopulaSubject(), new LevelVerbSubject(), new ObjectSetToValue(), new ValueVerb());
        List<FrameRule<Found>> counted = List.of(new CountedEvent(), new CountedThing());
        List<FrameRule<Found>> all = new ArrayList<>(own);
        List<FrameRule<Found>> others = new ArrayList<>(own);
        others.addAll(counted);
        all.add(new ParallelFigure(new FrameRule.Chain<>(others)));
        all.addAll(counted);
        return all;
    }

    /**
     * "is 2.3 miles long", "a 10 km deep quake", "300 metres high": a measure followed by an adjective of dimension
     * measures that dimension ("length", "depth", "height"), whatever the parse made of the adjective.
     */
    static final class DimensionAdjective implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int next = f.last + 1;
            if (!f.unit || next >= p.size()) {
                return null;
            }
            String dimension = DIMENSIONS.get(p.lower(next));
            return dimension == null || !p.token(next).pos().startsWith("JJ") && !p.token(next).pos().startsWith("RB")
                    ? null : found(in, next, next, dimension, next, p);
        }
    }

    /** "a fee of €20", "at a depth of 10 km", "a magnitude of 6.1", "a death toll of 25 people". */
    static final class ValueOfNoun implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.nominal;
            int h = p.head(x);
            if (h < 0 || !p.is(x, "nmod") && !p.is(x, "obl") || !p.caseWords(x).equals("of")
                    || CONTAINERS.contains(p.lemma(h)) || !usableNoun(p, h, f)) {
                return null; // "a total of 25 people" is read through the container by the counted rules
            }
            return nounMeasure(in, f, h);
        }
    }

    /**
     * "2.4 miles of the coast road", "$3 billion of aid", "5 tonnes of fuel": the noun an amount with a unit is of.
     * A percentage of a group ("30% of residents") is left to the scope: the group limits it, it is no measure.
     */
    static final class UnitOfNoun implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            if (!f.unit || !p.token(f.anchor).isNoun()
                    || f.quantity.getKind() == io.crosscheck.common.v1.QuantityKind.QUANTITY_KIND_PERCENT) {
                return null;
            }
            for (int c : p.childrenNear(f.anchor, f.anchor)) {
                if (c > f.last && p.is(c, "nmod") && p.caseWords(c).equals("of") && usableNoun(p, c, f)) {
                    return nounMeasure(in, f, c);
                }
            }
            return null;
        }
    }

    /** "a magnitude 5.9 quake", "level 4": a number after the noun that names its scale. */
    static final class ScaleNounBeforeNumber implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int h = p.head(f.anchor);
            if (h < 0 || h >= f.first || !p.dep(f.anchor).equals("nummod") || !usableNoun(p, h, f)) {
                return null;
            }
            return nounMeasure(in, f, h);
        }
    }

    /**
     * "a $20 fee", "a 61% turnout": a figure with a unit before the noun it qualifies, nothing but modifiers
     * between them. With a determiner between ("$4.50 a gallon") the noun is a rate's unit, not the measure.
     */
    static final class AttributiveFigure implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            if (!f.unit || f.nominal == f.anchor || !usableNoun(p, f.nominal, f)) {
                return null;
            }
            for (int i = f.last + 1; i < f.nominal; i++) {
                if (p.dep(i).equals("det") || p.token(i).isVerb()) {
                    return null;
                }
            }
            return nounMeasure(in, f, f.nominal);
        }
    }

    /** "Turnout was 61%", "the death toll is now 25": the subject of the copula the figure is the predicate of. */
    static final class CopulaSubject implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int x : new int[] {f.anchor, f.nominal}) {
                int subject = p.child(x, "nsubj");
                if (p.child(x, "cop") >= 0 && subject >= 0 && usableNoun(p, subject, f)) {
                    return nounMeasure(in, f, subject); // "the victims were 25 children" measures "victim"
                }
            }
            return null;
        }
    }

    /**
     * "the death toll rose to 25", "layoffs reached 400", "prices are expected to reach $4.50 a gallon": the
     * subject of a verb of level (measure-words.txt) whose object or complement the figure is.
     */
    static final class LevelVerbSubject implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.nominal;
            int v = p.governor(x);
            if (v < 0 || !p.token(v).isVerb() || !LEVEL_VERBS.contains(p.lemma(v)) || p.is(x, "nsubj")) {
                return null;
            }
            int subject = subjectOf(p, v);
            return subject >= 0 && usableNoun(p, subject, f) ? nounMeasure(in, f, subject) : null;
        }

        /** The verb's subject; for "to reach" under "expects the number …" or "are expected", its head's object or subject. */
        private static int subjectOf(ParsedSentence p, int v) {
            int subject = p.child(v, "nsubj");
            int h = p.head(v);
            if (subject < 0 && h >= 0 && p.dep(v).equals("xcomp")) {
                int object = p.child(h, "obj");
                subject = object >= 0 ? object : p.child(h, "nsubj");
            } else if (subject < 0 && h >= 0 && p.dep(v).equals("conj")) {
                subject = p.child(h, "nsubj"); // "the toll rose to 25 and reached 30 on Friday"
            }
            return subject;
        }
    }

    /**
     * "The agency put the toll at 25", "raised interest rates to 5%", "cut the forecast by a point": the object a
     * verb sets at, to or by the figure.
     */
    static final class ObjectSetToValue implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.nominal;
            int v = p.head(x);
            if (f.counts() || v < 0 || !p.is(x, "obl") || !VALUE_PREPOSITIONS.contains(p.caseWords(x)) || !p.token(v).isVerb()) {
                return null;
            }
            int object = p.child(v, "obj");
            return object >= 0 && object != x && usableNoun(p, object, f) && in.figureAt(p, object) == null
                    ? nounMeasure(in, f, object) : null;
        }
    }

    /**
     * "The bridge will cost $300 million", "the catch weighed 40 kg": the verb names what its object is a value of.
     * A count is no value of its verb ("raised 25 objections" counts objections).
     */
    static final class ValueVerb implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.nominal;
            int v = p.head(x);
            if (f.counts() || v < 0 || !p.is(x, "obj") || !p.token(v).isVerb() || !VALUE_VERBS.contains(p.lemma(v))) {
                return null;
            }
            return found(in, v, v, p.lemma(v), v, p);
        }
    }

    /**
     * "Turnout was 61%, compared with 55%", "rose to 25, then 30": a figure hanging on another figure of the
     * same sentence measures what that one measures.
     */
    static final class ParallelFigure implements FrameRule<Found> {
        private static final Set<String> PARALLEL = Set.of("conj", "advcl", "appos", "parataxis", "dep");
        /** An oblique or nominal figure is parallel only when compared: "up from 55%", "compared with 55%". */
        private static final Set<String> COMPARED = FrameLexicon.load("frames/event-cues.txt").words("comparison-cues");
        private final FrameRule.Chain<Found> others;

        ParallelFigure(FrameRule.Chain<Found> others) {
            this.others = others;
        }

        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            int x = f.counts() ? f.nominal : f.anchor;
            int h = p.governor(x);
            String rel = p.dep(x).split(":")[0];
            boolean compared = (rel.equals("obl") || rel.equals("nmod")) && comparedBy(p.caseWords(x));
            if (h < 0 || !PARALLEL.contains(rel) && !compared) {
                return null;
            }
            FigureSite other = in.figureAt(p, h);
            if (other == null || other == f) {
                return null;
            }
            FrameRule.Decision<Found> decided = others.decide(other, in);
            return decided == null ? null : decided.value();
        }

        private static boolean comparedBy(String caseWords) {
            for (String cue : COMPARED) {
                if (caseWords.equals(cue) || caseWords.endsWith(" " + cue)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * "25 people died", "the storm killed 14 people", "30 were injured", "14 people dead": what an event verb
     * (or a predicate after the counted noun) says happened to the things counted.
     */
    static final class CountedEvent implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            boolean bare = f.nominal == f.anchor && p.token(f.anchor).pos().equals("CD");
            if (!f.counts() && !bare) {
                return null;
            }
            int x = f.nominal;
            int role = x;
            int h = p.head(x);
            if (h >= 0 && p.is(x, "nmod") && p.caseWords(x).equals("of") && CONTAINERS.contains(p.lemma(h))) {
                role = h; // "a total of 25 people died"
            }
            int v = p.head(role);
            boolean argument = p.is(role, "nsubj") || p.is(role, "obj") || p.dep(role).equals("obl:agent");
            if (v >= 0 && argument && p.token(v).isVerb() && !LIGHT_VERBS.contains(p.lemma(v)) && !LEVEL_VERBS.contains(p.lemma(v))) {
                return bare ? found(in, v, v, p.lemma(v), v, p)
                        : found(in, Math.min(countedStart(p, f), v), Math.max(x, v), nounKey(p, x, f) + " " + p.lemma(v), x, p);
            }
            if (bare) {
                return null;
            }
            for (int c : p.children(x)) {
                if (c > x && c <= x + 2 && (p.is(c, "amod") || p.is(c, "acl"))
                        && (p.token(c).pos().equals("JJ") || p.token(c).pos().equals("VBN"))) {
                    return found(in, countedStart(p, f), c, nounKey(p, x, f) + " " + p.lemma(c), x, p); // "14 people dead"
                }
            }
            return null;
        }
    }

    /** "340 homes", "there were 25 deaths", "4,000 of the residents": the things counted are the measure. */
    static final class CountedThing implements FrameRule<Found> {
        @Override
        public Found read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            if (f.counts() && usableNoun(p, f.nominal, f)) {
                return nounMeasure(in, f, f.nominal);
            }
            if (f.nominal == f.anchor && p.token(f.anchor).pos().equals("CD")) {
                for (int c : p.childrenNear(f.anchor, f.anchor)) {
                    if (c > f.last && p.is(c, "nmod") && p.caseWords(c).equals("of") && usableNoun(p, c, f)) {
                        return nounMeasure(in, f, c);
                    }
                }
            }
            return null;
        }
    }

    /** A common noun that can name a measure: not a pronoun, a name, a title, or part of the figure. */
    static boolean usableNoun(ParsedSentence p, int i, FigureSite f) {
        Token t = p.token(i);
        if (!t.isNoun() || f.covers(i) || "TITLE".equals(t.ner())) {
            return false;
        }
        NamedMention m = p.mention(i);
        return m == null || EntityIndex.typeOf(m.type()) == null;
    }

    /** The measure of a noun phrase headed by h: its key words, and its words as written from its start to its head. */
    static Found nounMeasure(FrameInputs in, FigureSite f, int h) {
        ParsedSentence p = f.parse;
        String key = nounKey(p, h, f);
        int end = h;
        if (CONTAINERS.contains(p.lemma(h))) {
            for (int c : p.childrenNear(h, h)) {
                if (c > h && p.is(c, "nmod") && p.caseWords(c).equals("of") && usableNoun(p, c, f)) {
                    key = key + " of " + nounKey(p, c, f); // "the number of visitors"
                    end = c;
                    break;
                }
            }
        }
        int start = p.phraseStart(h);
        if (h > f.last && start <= f.last) {
            start = f.last + 1; // "a $20 fee" is measured by "fee", not by words of the figure
        }
        while (start < h && p.token(start).isPunctuation()) {
            start++;
        }
        return found(in, start, end, key, h, p);
    }

    /** Lemmas of the compound nouns and key adjectives before h (no names or numbers) and of h, lower case. */
    static String nounKey(ParsedSentence p, int h, FigureSite f) {
        StringBuilder key = new StringBuilder();
        for (int c : p.childrenNear(h, h)) {
            if (c >= h) {
                break;
            }
            boolean modifier = p.is(c, "compound") && p.token(c).isNoun()
                    || (p.is(c, "amod") || p.is(c, "compound")) && (KEY_ADJECTIVES.contains(p.lemma(c)) || KEY_ADJECTIVES.contains(p.lower(c)));
            NamedMention m = p.mention(c);
            if (modifier && !f.covers(c) && (m == null || EntityIndex.typeOf(m.type()) == null)) {
                key.append(p.lemma(c)).append(' ');
            }
        }
        return key.append(p.lemma(h)).toString();
    }

    /** Where a counted noun's words start: after the figure when the figure stands before it. */
    private static int countedStart(ParsedSentence p, FigureSite f) {
        int start = p.phraseStart(f.nominal);
        if (f.nominal > f.last && start <= f.last) {
            start = f.last + 1;
        }
        return Math.min(start, f.nominal);
    }

    private static Found found(FrameInputs in, int from, int to, String key, int head, ParsedSentence p) {
        int start = p.token(from).start();
        int end = p.token(to).end();
        return new Found(Measure.newBuilder().setKey(key).setText(in.text.text().substring(start, end))
                .setSpan(Span.newBuilder().setStart(start).setEnd(end)).build(), head);
    }
}
