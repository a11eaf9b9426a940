package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.FigureScope;
import io.crosscheck.common.v1.ScopeKind;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The place, group or organisation a figure is limited to: a prepositional phrase on the figure, its measure or
 * its clause ("in Harrow County", "among children", "across the province", "at Norvik Motors"), a possessor
 * or name before the measure ("Ardenia's death toll"), or a scope word ("statewide", "nationwide"). Named
 * places and organisations take their canonical name from the {@link EntityIndex}; other scopes the words
 * of their noun phrase without its determiner ("young voters", "province"); scope words themselves.
 */
final class ScopeReader {
    private static final FrameLexicon WORDS = FrameLexicon.load("frames/scope-words.txt");
    private static final Set<String> SCOPE_WORDS = WORDS.words("scope-words");
    private static final Set<String> PLACE_PREPOSITIONS = WORDS.words("place-prepositions");
    private static final Set<String> GROUP_PREPOSITIONS = WORDS.words("group-prepositions");
    private static final Set<String> GROUP_NOUNS = WORDS.words("group-nouns");
    private static final Set<String> PLACE_NOUNS = WORDS.words("place-nouns");
    /** Relations a scope phrase is reached through at the second step ("died in the floods in Harrow County"). */
    private static final Set<String> NOT_THROUGH = Set.of("punct", "cc", "conj", "ccomp", "advcl", "parataxis", "acl:relcl",
            "csubj", "mark", "case", "det", "cop", "aux", "aux:pass", "appos", "list", "discourse", "vocative");

    private ScopeReader() {
    }

    /** Named scopes first (most specific), then groups, possessors, place nouns and scope words. */
    static List<FrameRule<FigureScope>> rules() {
        return List.of(new NamedPlaceOrOrganization(), new GroupPhrase(), new PossessorOrName(), new PlaceNounPhrase(),
                new ScopeWord());
    }

    /** "in Harrow County", "across Velmora", "at Norvik Motors": a named place or organisation after a scope preposition. */
    static final class NamedPlaceOrOrganization implements FrameRule<FigureScope> {
        @Override
        public FigureScope read(FigureSite f, FrameInputs in) {
            for (int c : candidates(f, in)) {
                ScopeKind kind = entityKind(f.parse, c);
                if (kind != null && (f.parse.is(c, "nmod") || f.parse.is(c, "obl"))
                        && PLACE_PREPOSITIONS.contains(f.parse.caseWords(c))) {
                    NamedMention m = f.parse.mention(c);
                    return scope(in, f.parse, prepositionalStart(f.parse, c), Math.max(c, m.endToken() - 1), kind, in.entities.canonical(m));
                }
            }
            return null;
        }
    }

    /** "among children", "30% of voters", "the rate for women": a group noun after a group preposition. */
    static final class GroupPhrase implements FrameRule<FigureScope> {
        @Override
        public FigureScope read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int c : candidates(f, in)) {
                String prep = p.caseWords(c);
                if (!(p.is(c, "nmod") || p.is(c, "obl")) || !GROUP_PREPOSITIONS.contains(prep) || !GROUP_NOUNS.contains(p.lemma(c))
                        || p.token(c).isTime()) {
                    continue;
                }
                // "of" limits only the figure itself ("30% of voters"), not its verb or measure ("the death of children").
                int parent = p.head(c);
                if (prep.equals("of") && parent != f.anchor && parent != f.nominal) {
                    continue;
                }
                return scope(in, p, prepositionalStart(p, c), c, ScopeKind.SCOPE_KIND_GROUP, headWords(in, p, c));
            }
            return null;
        }
    }

    /** "Ardenia's death toll", "the Velmora death toll", "Norvik's revenue": a named possessor or compound of the measure. */
    static final class PossessorOrName implements FrameRule<FigureScope> {
        @Override
        public FigureScope read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int n : new int[] {f.measureHead, f.nominal}) {
                if (n < 0) {
                    continue;
                }
                for (int c : p.childrenNear(n, f.anchor)) {
                    ScopeKind kind = entityKind(p, c);
                    if (c < n && kind != null && (p.is(c, "nmod:poss") || p.is(c, "compound")) && !f.covers(c)) {
                        NamedMention m = p.mention(c);
                        int first = Math.min(c, m.firstToken());
                        int last = Math.max(c, m.endToken() - 1);
                        int possessive = p.child(c, "case"); // the "'s" belongs to the words as written
                        return scope(in, p, first, Math.max(last, possessive), kind, in.entities.canonical(m));
                    }
                }
            }
            return null;
        }
    }

    /** "across the province", "in the capital", "throughout the region": a general place noun after a scope preposition. */
    static final class PlaceNounPhrase implements FrameRule<FigureScope> {
        @Override
        public FigureScope read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int c : candidates(f, in)) {
                if ((p.is(c, "nmod") || p.is(c, "obl")) && PLACE_PREPOSITIONS.contains(p.caseWords(c))
                        && PLACE_NOUNS.contains(p.lemma(c)) && p.mention(c) == null) {
                    return scope(in, p, prepositionalStart(p, c), c, ScopeKind.SCOPE_KIND_PLACE, headWords(in, p, c));
                }
            }
            return null;
        }
    }

    /** "turnout was 61% statewide", "Nationwide, the jobless rate fell": a scope word on the figure, measure or clause. */
    static final class ScopeWord implements FrameRule<FigureScope> {
        @Override
        public FigureScope read(FigureSite f, FrameInputs in) {
            ParsedSentence p = f.parse;
            for (int n : f.nodes()) {
                for (int c : p.childrenNear(n, f.anchor)) {
                    if (!f.covers(c) && (SCOPE_WORDS.contains(p.lower(c)) || SCOPE_WORDS.contains(p.lemma(c)))) {
                        return scope(in, p, c, c, ScopeKind.SCOPE_KIND_PLACE, p.lower(c));
                    }
                }
            }
            return null;
        }
    }

    /**
     * The tokens a scope phrase may head: the children of the figure's neighbourhood tokens near the figure,
     * then their children (one step further, through modifiers and arguments, not through other clauses).
     * Times ("in March") and the figure's own words are never a scope.
     */
    static List<Integer> candidates(FigureSite f, FrameInputs in) {
        ParsedSentence p = f.parse;
        List<Integer> nodes = f.nodes();
        List<Integer> first = new ArrayList<>();
        for (int n : nodes) {
            for (int c : p.childrenNear(n, f.anchor)) {
                if (!nodes.contains(c) && !f.covers(c) && !isTime(p, c, in)) {
                    first.add(c);
                }
            }
        }
        List<Integer> out = new ArrayList<>(first);
        for (int c : first) {
            if (NOT_THROUGH.contains(p.dep(c))) {
                continue;
            }
            for (int cc : p.childrenNear(c, f.anchor)) {
                if (!f.covers(cc) && !isTime(p, cc, in)) {
                    out.add(cc);
                }
            }
        }
        return out;
    }

    private static boolean isTime(ParsedSentence p, int c, FrameInputs in) {
        return p.token(c).isTime() || in.times.covers(p.token(c).start());
    }

    /** PLACE for a named place, ORGANIZATION for a named organisation, else null. */
    static ScopeKind entityKind(ParsedSentence p, int c) {
        NamedMention m = p.mention(c);
        EntityType type = m == null ? null : EntityIndex.typeOf(m.type());
        if (type == EntityType.ENTITY_TYPE_LOCATION) {
            return ScopeKind.SCOPE_KIND_PLACE;
        }
        return type == EntityType.ENTITY_TYPE_ORGANIZATION ? ScopeKind.SCOPE_KIND_ORGANIZATION : null;
    }

    /** The first token of a prepositional phrase: its preposition, else its noun phrase's start. */
    private static int prepositionalStart(ParsedSentence p, int c) {
        int start = p.phraseStart(c);
        for (int k : p.children(c)) {
            if (k < start && p.dep(k).equals("case")) {
                start = k;
            }
        }
        return start;
    }

    /** The noun phrase of c as written, without its determiner or preposition: "young voters", "province". */
    private static String headWords(FrameInputs in, ParsedSentence p, int c) {
        int start = p.phraseStart(c);
        while (start < c && (p.dep(start).equals("det") || p.dep(start).equals("case") || p.token(start).isPunctuation())) {
            start++;
        }
        return in.text.text().substring(p.token(start).start(), p.token(c).end());
    }

    private static FigureScope scope(FrameInputs in, ParsedSentence p, int from, int to, ScopeKind kind, String canonical) {
        int last = Math.min(p.size() - 1, Math.max(from, to)); // a mention's end comes from NER: kept inside the sentence
        int start = p.token(Math.max(0, from)).start();
        int end = p.token(last).end();
        return FigureScope.newBuilder().setText(in.text.text().substring(start, end))
                .setSpan(Span.newBuilder().setStart(start).setEnd(end)).setKind(kind).setCanonicalName(canonical).build();
    }
}
