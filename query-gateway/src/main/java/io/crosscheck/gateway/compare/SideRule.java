package io.crosscheck.gateway.compare;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One reading of two values of one fact that decides what they are to each other: agreement within the written
 * precision, two things explained by the text, a discrepancy between sources, a timeline, a contradiction. Rules
 * are tried in the order of the data file ({@code [side-rules]} of {@code compare/figure-frames.txt}); the first
 * with a verdict decides and is recorded by its name.
 */
interface SideRule {
    /** What two values are to each other. */
    enum Outcome { AGREE, EXPLAINED, DISCREPANCY, CONTRADICTION }

    /**
     * A rule's decision.
     *
     * @param timeline whether the values follow one another in time (their sides are shown in time order)
     */
    record Verdict(Outcome outcome, String rule, boolean timeline) {
        boolean conflict() {
            return outcome == Outcome.DISCREPANCY || outcome == Outcome.CONTRADICTION;
        }
    }

    /**
     * Two values of one fact with the pairs of their figures (from different articles) that no opposition rule kept
     * apart: the rules read these pairs, not every figure of each side.
     *
     * @param figuresByArticle every figure of the comparison by article id
     */
    record Pair(Fact.ValueSide a, Fact.ValueSide b, List<Figure[]> opposed, Map<String, List<Figure>> figuresByArticle) {
    }

    String name();

    /** The verdict on the pair, or null to leave it to the next rule. */
    Verdict decide(Pair pair);

    default Verdict verdict(Outcome outcome) {
        return new Verdict(outcome, name(), false);
    }

    /** The rules of the data file's {@code [side-rules]}, in order. */
    static List<SideRule> chain(FrameWords words) {
        Map<String, Supplier<SideRule>> known = Map.of(
                "precision", PrecisionRule::new,
                "explained", ExplainedRule::new,
                "source", SourceRule::new,
                "timeline", () -> new TimelineRule(words),
                "rounding", RoundingRule::new,
                "bounds", BoundsRule::new);
        return words.entries("side-rules").stream().map(name -> {
            Supplier<SideRule> rule = known.get(name);
            if (rule == null) {
                throw new IllegalStateException("unknown side rule in the data file: " + name);
            }
            return rule.get();
        }).toList();
    }
}
