package io.crosscheck.gateway.compare;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One reading of two figures' frames that can keep them from being set against one another: they belong to other
 * events, other scopes, other measures, other currencies. Rules are tried in the order of the data file
 * ({@code [opposition-rules]} of {@code compare/figure-frames.txt}); the first that keeps two figures apart is
 * recorded by its name.
 */
interface OppositionRule {
    /** The name the data file and the recorded decisions use. */
    String name();

    /** Whether the two figures (of different articles, in one fact) measure different things by their frames. */
    boolean apart(Figure f, Figure g);

    /** The rules of the data file's {@code [opposition-rules]}, in order. */
    static List<OppositionRule> chain(FrameWords words) {
        Map<String, Supplier<OppositionRule>> known = Map.of(
                "other-event", OtherEventRule::new,
                "other-scope", OtherScopeRule::new,
                "other-measure", () -> new OtherMeasureRule(words),
                "other-currency", OtherCurrencyRule::new);
        return words.entries("opposition-rules").stream().map(name -> {
            Supplier<OppositionRule> rule = known.get(name);
            if (rule == null) {
                throw new IllegalStateException("unknown opposition rule in the data file: " + name);
            }
            return rule.get();
        }).toList();
    }

    /** The name of the first rule of the chain that keeps the figures apart, or null when none does. */
    static String firstApart(List<OppositionRule> chain, Figure f, Figure g) {
        for (OppositionRule rule : chain) {
            if (rule.apart(f, g)) {
                return rule.name();
            }
        }
        return null;
    }
}
