package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure against its denial: one article gives a number for a thing ("a ceiling of 60,000 visitors") and another
 * says there is none ("does not limit the size of its army"). Only bounds and events can be denied as a whole
 * ({@link Vocabulary#DENIABLE}); the denial must negate such a word of the figure's thing and apply to what the
 * figure counts (another shared word after it), in a sentence like the figure's; articles that give the figure
 * themselves are not its deniers.
 */
final class NegationConflicts {
    private NegationConflicts() {
    }

    /** A conflict and the facts whose figures make its numeric sides. */
    record Found(Comparison.Conflict conflict, List<Fact> facts) {
    }

    /**
     * @param sentenceThreshold least cosine between the denial's sentence and one of the figures' sentences
     */
    static List<Found> find(ComparisonScope scope, List<Fact> facts, double sentenceThreshold) {
        // Negations by the words they deny, so that each fact looks up only its own words.
        Map<String, List<Statement>> byHead = new HashMap<>();
        for (Statement s : scope.statements) {
            for (Statement.Negation n : s.negations()) {
                for (String h : n.heads()) {
                    byHead.computeIfAbsent(h, k -> new ArrayList<>()).add(s);
                }
            }
        }
        // Facts denied by the same sentences are one conflict.
        Map<Set<Statement>, List<Fact>> factsByDeniers = new LinkedHashMap<>();
        Map<Set<Statement>, String> denial = new HashMap<>();
        for (Fact fact : facts) {
            Set<String> thing = fact.thing();
            Set<String> factArticles = fact.articleIds();
            Set<Statement> deniers = new LinkedHashSet<>();
            String shortest = null;
            for (String word : thing) {
                if (!Vocabulary.DENIABLE.contains(word)) {
                    continue;
                }
                for (Statement s : byHead.getOrDefault(word, List.of())) {
                    if (factArticles.contains(s.articleId()) || !nearInTime(scope, s, fact)
                            || fact.figures().stream().noneMatch(f -> scope.similarity(s, f.statement()) >= sentenceThreshold)) {
                        continue;
                    }
                    for (Statement.Negation n : s.negations()) {
                        if (n.heads().contains(word) && appliesTo(n, word, thing)) {
                            deniers.add(s);
                            shortest = shortest == null || n.text().length() < shortest.length() ? n.text() : shortest;
                        }
                    }
                }
            }
            if (!deniers.isEmpty()) {
                factsByDeniers.computeIfAbsent(deniers, k -> new ArrayList<>()).add(fact);
                denial.merge(deniers, shortest, (a, b) -> a.length() <= b.length() ? a : b);
            }
        }
        List<Found> out = new ArrayList<>();
        for (Map.Entry<Set<Statement>, List<Fact>> e : factsByDeniers.entrySet()) {
            List<Figure> figures = new ArrayList<>();
            e.getValue().forEach(f -> figures.addAll(f.figures()));
            Fact merged = new Fact(figures);
            List<Comparison.Side> sides = new ArrayList<>();
            merged.sides().forEach(s -> sides.add(FigureConflicts.side(s)));
            sides.add(new Comparison.Side(denial.get(e.getKey()), e.getKey().stream().map(Statement::mention).toList(), null));
            out.add(new Found(new Comparison.Conflict("contradiction", "negation", merged.about(), sides, "negation"), e.getValue()));
        }
        return out;
    }

    /** The denial goes on to what the figure counts: another of its words is shared with the figure's thing. */
    private static boolean appliesTo(Statement.Negation n, String head, Set<String> thing) {
        Set<String> rest = new HashSet<>(n.heads());
        rest.addAll(n.objects());
        rest.remove(head);
        for (String w : rest) {
            if (!w.equals(head) && thing.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearInTime(ComparisonScope scope, Statement s, Fact fact) {
        int a = scope.article(s.articleId());
        for (String id : fact.articleIds()) {
            if (scope.withinWindow(a, scope.article(id))) {
                return true;
            }
        }
        return false;
    }
}
