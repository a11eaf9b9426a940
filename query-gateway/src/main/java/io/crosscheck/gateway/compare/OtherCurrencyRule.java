package io.crosscheck.gateway.compare;

/**
 * Money in different currencies is not a conflict: the same fee given in euros by one outlet and in pounds by
 * another is one fee, converted at a rate the comparison does not know.
 */
final class OtherCurrencyRule implements OppositionRule {
    @Override
    public String name() {
        return "other-currency";
    }

    @Override
    public boolean apart(Figure f, Figure g) {
        String a = f.frame().currency();
        String b = g.frame().currency();
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }
}
