package io.crosscheck.gateway.compare;

/**
 * The last reading: two values that cannot both hold ("30" and "40", both exact) contradict; two that differ but
 * can ("at least 6" and "7", "about 40" and "43") are a discrepancy.
 */
final class BoundsRule implements SideRule {
    @Override
    public String name() {
        return "bounds";
    }

    @Override
    public Verdict decide(Pair pair) {
        return verdict(pair.a().compatibleWith(pair.b()) ? Outcome.DISCREPANCY : Outcome.CONTRADICTION);
    }
}
