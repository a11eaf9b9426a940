package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same quoted words attributed to different named speakers by different articles ("X supports the
 * “core idea”" in one report, "Y backs the “core idea”" in another). Long quotes match on their words; a short
 * quote ("core idea") also needs the same word before it, the word it completes, since short phrases recur with
 * other meanings. Descriptions ("an official") never contradict a name: they may be the same person.
 */
final class QuoteConflicts {
    /** Quotes with fewer content words than this need the same predicate to be the same statement. */
    private static final int SHORT_QUOTE = 4;
    private static final double SAME_WORDS = 0.8;

    private QuoteConflicts() {
    }

    private record Quoted(Statement statement, Statement.DirectQuote quote, int article) {
    }

    static List<Comparison.Conflict> find(ComparisonScope scope) {
        List<Quoted> quotes = new ArrayList<>();
        for (Statement s : scope.statements) {
            for (Statement.DirectQuote q : s.quotes()) {
                if (!q.terms().isEmpty() && q.speaker().named()) {
                    quotes.add(new Quoted(s, q, scope.article(s.articleId())));
                }
            }
        }
        // Quotes that share 80% of their words share one of their three rarest.
        List<int[]> candidates = CandidatePairs.of(quotes.size(), i -> scope.rarestTerms(quotes.get(i).quote().terms(), 3), 200,
                (i, j) -> quotes.get(i).article() != quotes.get(j).article()
                        && scope.withinWindow(quotes.get(i).article(), quotes.get(j).article()));
        UnionFind same = new UnionFind(quotes.size());
        for (int[] p : candidates) {
            if (sameStatement(quotes.get(p[0]).quote(), quotes.get(p[1]).quote())) {
                same.union(p[0], p[1]);
            }
        }
        Map<Integer, List<Quoted>> groups = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            groups.computeIfAbsent(same.find(i), k -> new ArrayList<>()).add(quotes.get(i));
        }
        List<Comparison.Conflict> out = new ArrayList<>();
        for (List<Quoted> group : groups.values()) {
            List<List<Quoted>> bySpeaker = new ArrayList<>();
            for (Quoted q : group) {
                List<Quoted> side = bySpeaker.stream().filter(s -> s.get(0).quote().speaker().sameAs(q.quote().speaker()))
                        .findFirst().orElse(null);
                if (side == null) {
                    side = new ArrayList<>();
                    bySpeaker.add(side);
                }
                side.add(q);
            }
            if (bySpeaker.size() < 2 || !differentArticles(bySpeaker)) {
                continue;
            }
            bySpeaker.sort((a, b) -> b.size() - a.size());
            List<Comparison.Side> sides = new ArrayList<>();
            for (List<Quoted> side : bySpeaker) {
                String speaker = side.get(0).quote().speaker().canonical();
                // The speaker is the value and the source the words are attributed to.
                sides.add(new Comparison.Side(speaker, side.stream().map(q -> q.quote().mention()).distinct().toList(),
                        speaker));
            }
            Statement.DirectQuote first = group.get(0).quote();
            String about = (first.predicate() != null ? "who " : "who said ") + first.context();
            out.add(new Comparison.Conflict("contradiction", "speaker", about, sides, "speaker"));
        }
        return out;
    }

    static boolean sameStatement(Statement.DirectQuote a, Statement.DirectQuote b) {
        Set<String> union = new HashSet<>(a.terms());
        union.addAll(b.terms());
        Set<String> common = new HashSet<>(a.terms());
        common.retainAll(b.terms());
        if ((double) common.size() / union.size() < SAME_WORDS) {
            return false;
        }
        if (Math.min(a.terms().size(), b.terms().size()) >= SHORT_QUOTE) {
            return true;
        }
        return a.predicate() != null && a.predicate().equals(b.predicate());
    }

    /** Some two speakers' sides come from different articles: one article naming two speakers is not a conflict. */
    private static boolean differentArticles(List<List<Quoted>> bySpeaker) {
        Set<Integer> first = new HashSet<>();
        bySpeaker.get(0).forEach(q -> first.add(q.article()));
        for (int i = 1; i < bySpeaker.size(); i++) {
            for (Quoted q : bySpeaker.get(i)) {
                if (!first.contains(q.article()) || first.size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
