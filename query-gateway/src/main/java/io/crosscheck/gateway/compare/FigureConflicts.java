package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disagreements between the values articles give for one fact, read from their frames by two ordered rule chains
 * (data file {@code compare/figure-frames.txt}): the {@link OppositionRule}s keep figures of other events, scopes,
 * measures or currencies from being set against one another; the {@link SideRule}s then decide what two values are
 * to each other (agreement within precision, explained, a discrepancy between sources, a timeline, a contradiction
 * or a discrepancy by their bounds). The conflict records the rule that decided its kind.
 */
final class FigureConflicts {
    private static final List<OppositionRule> OPPOSITION = OppositionRule.chain(FrameWords.DEFAULT);
    private static final List<SideRule> SIDE_RULES = SideRule.chain(FrameWords.DEFAULT);

    private FigureConflicts() {
    }

    /** The conflict of a fact, or null when its values agree, are explained or may not be opposed. */
    static Comparison.Conflict of(Fact fact, Map<String, List<Figure>> figuresByArticle) {
        List<Fact.ValueSide> sides = fact.sides();
        Set<Fact.ValueSide> disputed = new LinkedHashSet<>();
        SideRule.Verdict deciding = null;
        boolean timeline = true;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Fact.ValueSide a = sides.get(i);
                Fact.ValueSide b = sides.get(j);
                List<Figure[]> opposed = opposed(a, b);
                if (opposed.isEmpty()) {
                    continue;
                }
                SideRule.Verdict v = decide(new SideRule.Pair(a, b, opposed, figuresByArticle));
                if (v == null || !v.conflict()) {
                    continue;
                }
                disputed.add(a);
                disputed.add(b);
                timeline &= v.timeline();
                if (deciding == null || (v.outcome() == SideRule.Outcome.CONTRADICTION
                        && deciding.outcome() != SideRule.Outcome.CONTRADICTION)) {
                    deciding = v;
                }
            }
        }
        if (disputed.isEmpty()) {
            return null;
        }
        List<Fact.ValueSide> ordered = new ArrayList<>();
        for (Fact.ValueSide s : sides) {
            if (disputed.contains(s)) {
                ordered.add(s);
            }
        }
        String rule = deciding.rule();
        if (timeline) {
            ordered.sort(Comparator.comparing(FigureConflicts::firstTime));
            rule = "timeline";
        }
        List<Comparison.Side> out = new ArrayList<>();
        ordered.forEach(s -> out.add(side(s)));
        String kind = deciding.outcome() == SideRule.Outcome.CONTRADICTION ? "contradiction" : "discrepancy";
        return new Comparison.Conflict(kind, "figure", fact.about(), out, rule);
    }

    /** The first rule's verdict on two values, or null when no rule has one. */
    static SideRule.Verdict decide(SideRule.Pair pair) {
        for (SideRule rule : SIDE_RULES) {
            SideRule.Verdict v = rule.decide(pair);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Pairs (one figure of a, one of b, of different articles) that no opposition rule keeps apart. */
    static List<Figure[]> opposed(Fact.ValueSide a, Fact.ValueSide b) {
        List<Figure[]> out = new ArrayList<>();
        for (Figure f : a.figures()) {
            for (Figure g : b.figures()) {
                if (!f.statement().articleId().equals(g.statement().articleId())
                        && OppositionRule.firstApart(OPPOSITION, f, g) == null) {
                    out.add(new Figure[] {f, g});
                }
            }
        }
        return out;
    }

    /** Whether the frames of two figures let them be set against one another. */
    static boolean opposable(Figure f, Figure g) {
        return OppositionRule.firstApart(OPPOSITION, f, g) == null;
    }

    /** When a side's value first holds: its earliest frame time, else its earliest publish time, as ISO text. */
    static String firstTime(Fact.ValueSide s) {
        return s.figures().stream().map(FigureConflicts::time).min(String::compareTo).orElse("");
    }

    static String time(Figure f) {
        if (!f.frame().time().isEmpty()) {
            return f.frame().time();
        }
        return f.frame().published() == null ? "" : f.frame().published().toString();
    }

    static Comparison.Side side(Fact.ValueSide s) {
        Set<String> sources = new LinkedHashSet<>();
        s.figures().forEach(f -> {
            if (!f.frame().source().isEmpty() && sources.stream().noneMatch(x -> SourceRule.sameSource(x, f.frame().source()))) {
                sources.add(f.frame().source());
            }
        });
        return new Comparison.Side(s.label(), mentions(s.figures()), sources.isEmpty() ? null : String.join("; ", sources));
    }

    static List<Mention> mentions(List<Figure> figures) {
        Set<Mention> out = new LinkedHashSet<>();
        figures.forEach(f -> out.add(f.mention()));
        return List.copyOf(out);
    }
}
