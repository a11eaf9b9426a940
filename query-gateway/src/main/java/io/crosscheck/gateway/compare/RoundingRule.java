package io.crosscheck.gateway.compare;

/**
 * Values that a round number may have been rounded from differ, but not beyond what rounding explains: "£200m"
 * against "£198m", "US$260 million" against "$262 million", "10,000" against "11,300". A discrepancy (one outlet
 * rounded, or converted and rounded), not a contradiction. Every opposed pair must lie within the half step of the
 * rounder of its two values (see Figure.Frame.roundHalfStep); precision, explanations and sources are read first.
 */
final class RoundingRule implements SideRule {
    @Override
    public String name() {
        return "rounding";
    }

    @Override
    public Verdict decide(Pair pair) {
        for (Figure[] p : pair.opposed()) {
            if (!PrecisionRule.withinHalfStep(p[0], p[1], Figure.Frame::roundHalfStep)) {
                return null;
            }
        }
        return pair.opposed().isEmpty() ? null : verdict(Outcome.DISCREPANCY);
    }
}
