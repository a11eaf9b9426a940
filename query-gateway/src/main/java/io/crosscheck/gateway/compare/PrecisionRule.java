package io.crosscheck.gateway.compare;

/**
 * Values that agree within the precision they are written with are one value: "about 19 km" and "19 km" (the same
 * number, once hedged), "1.6 miles" and "2.57 km" (2,575 m and 2,570 m: 1.6 miles covers anything that rounds to
 * it), "46.7%" and "46.74%". The less precise value decides: its half step (rounding) is the tolerance.
 */
final class PrecisionRule implements SideRule {
    @Override
    public String name() {
        return "precision";
    }

    @Override
    public Verdict decide(Pair pair) {
        for (Figure[] p : pair.opposed()) {
            if (!agree(p[0], p[1])) {
                return null;
            }
        }
        return verdict(Outcome.AGREE);
    }

    static boolean agree(Figure f, Figure g) {
        return withinHalfStep(f, g, Figure.Frame::halfStep);
    }

    /** The values differ by no more than the larger of the two figures' half steps, as the given reading has them. */
    static boolean withinHalfStep(Figure f, Figure g, java.util.function.ToDoubleFunction<Figure.Frame> halfStep) {
        if (Figure.sameValue(f.point(), g.point())) {
            return true;
        }
        double tolerance = Math.max(halfStep.applyAsDouble(f.frame()), halfStep.applyAsDouble(g.frame()));
        return Math.abs(f.point() - g.point()) <= tolerance * (1 + 1e-9);
    }
}
