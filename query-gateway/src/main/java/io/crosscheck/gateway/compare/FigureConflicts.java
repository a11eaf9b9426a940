package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disagreements between the values articles give for one fact. Two values that cannot both hold ("30" and "40",
 * both exact) contradict; two that differ but can ("at least 6" and "7") are a discrepancy. Values one article
 * gives side by side, or that the text marks as an earlier and a later version, are two things, not a conflict.
 */
final class FigureConflicts {
    private FigureConflicts() {
    }

    /** The conflict of a fact, or null when its values agree or are explained. */
    static Comparison.Conflict of(Fact fact, Map<String, List<Figure>> figuresByArticle) {
        List<Fact.ValueSide> sides = fact.sides();
        Set<Fact.ValueSide> disputed = new LinkedHashSet<>();
        boolean contradiction = false;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Fact.ValueSide a = sides.get(i);
                Fact.ValueSide b = sides.get(j);
                // The same number, once hedged and once not, is agreement at different precision.
                if (Figure.sameValue(a.point(), b.point())
                        || Fact.explained(a, b, figuresByArticle)) {
                    continue;
                }
                disputed.add(a);
                disputed.add(b);
                contradiction |= !a.compatibleWith(b);
            }
        }
        if (disputed.isEmpty()) {
            return null;
        }
        List<Comparison.Side> out = new ArrayList<>();
        for (Fact.ValueSide s : sides) {
            if (disputed.contains(s)) {
                out.add(side(s));
            }
        }
        return new Comparison.Conflict(contradiction ? "contradiction" : "discrepancy", "figure", fact.about(), out);
    }

    static Comparison.Side side(Fact.ValueSide s) {
        return new Comparison.Side(s.label(), mentions(s.figures()));
    }

    static List<Mention> mentions(List<Figure> figures) {
        Set<Mention> out = new LinkedHashSet<>();
        figures.forEach(f -> out.add(f.mention()));
        return List.copyOf(out);
    }
}
