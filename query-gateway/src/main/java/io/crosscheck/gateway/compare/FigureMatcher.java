package io.crosscheck.gateway.compare;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How likely two figures of different articles count the same thing: both in the same unit, then the cosine of
 * their contexts, each word weighted by its idf in this comparison and by its nearness to the number. "Killing
 * seven people" and "killing at least six people" share their nearest words; "seven people were injured" shares
 * only "people", a word every casualty figure has. Figures must share some word near their numbers besides the
 * noun both count, close to both numbers: two counts of people are not one fact for that alone.
 */
final class FigureMatcher {
    private final ComparisonScope scope;

    FigureMatcher(ComparisonScope scope) {
        this.scope = scope;
    }

    /** Nearness of a word three content words from the number, with no clause boundary between. */
    private static final double NEAR = 1.0 / (1.0 + 3 / 2.0);
    /** Nearness of a word right next to the number or one content word away. */
    private static final double ADJACENT = 1.0 / (1.0 + 1 / 2.0);

    double similarity(Figure f, Figure g) {
        if (!compatible(f, g) || !sameKindCounted(f, g) || !shareMoreThanTheCountedNoun(f, g)) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : f.context().entrySet()) {
            Double other = g.context().get(e.getKey());
            if (other != null) {
                double idf = scope.terms.idf(e.getKey());
                dot += e.getValue() * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (norm(f) * norm(g));
    }

    /** One unit, and nothing in the words next to the numbers or in the frames sets them apart. */
    static boolean compatible(Figure f, Figure g) {
        return f.unit().equals(g.unit()) && !differentEvents(f, g) && !differentFrames(f, g);
    }

    /**
     * The nouns counted are of one kind: the same word or synonym ("countries", "allies"), or one figure's noun
     * stands next to the other's number ("three fatalities", "killing three people"). "13 others" and "seven
     * people" are not: without more, "others" are not the same people.
     */
    private static boolean sameKindCounted(Figure f, Figure g) {
        if (f.counted().isEmpty() || g.counted().isEmpty()) {
            return true;
        }
        for (String c : f.counted()) {
            if (g.counted().contains(c) || g.context().getOrDefault(c, 0.0) >= ADJACENT) {
                return true;
            }
        }
        for (String c : g.counted()) {
            if (f.context().getOrDefault(c, 0.0) >= ADJACENT) {
                return true;
            }
        }
        return false;
    }

    /**
     * The frames place two different values in different facts: another event than the article's own on one side
     * only (or another kind of it), or two scopes that differ ("in Harrow County", "in Velmora"). A scope on one side
     * only may still be the same fact, told with and without its place; it is kept from conflicts, not from the
     * fact. The same value is linked whatever the frames say: it corroborates, and frames read from one sentence
     * are less sure than the number.
     */
    private static boolean differentFrames(Figure f, Figure g) {
        if (f.sameValue(g)) {
            return false;
        }
        String a = f.frame().scope();
        String b = g.frame().scope();
        return f.frame().event() != g.frame().event()
                || (!a.isEmpty() && !b.isEmpty() && !OtherScopeRule.sameScope(a, b));
    }

    /** Both numbers stand next to what happened to what they count, and it is not the same ("killed", "hurt"). */
    private static boolean differentEvents(Figure f, Figure g) {
        Set<String> a = events(f);
        Set<String> b = events(g);
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static Set<String> events(Figure f) {
        Set<String> out = new HashSet<>();
        f.context().forEach((term, nearness) -> {
            if (nearness >= ADJACENT && Vocabulary.EVENTS.contains(term)) {
                out.add(term);
            }
        });
        return out;
    }

    private static boolean shareMoreThanTheCountedNoun(Figure f, Figure g) {
        for (Map.Entry<String, Double> e : f.context().entrySet()) {
            String term = e.getKey();
            Double other = g.context().get(term);
            if (other != null && e.getValue() >= NEAR && other >= NEAR
                    && !(f.counted().contains(term) && g.counted().contains(term))) {
                return true;
            }
        }
        return false;
    }

    private double norm(Figure f) {
        double sum = 0;
        for (Map.Entry<String, Double> e : f.context().entrySet()) {
            double w = e.getValue() * scope.terms.idf(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
