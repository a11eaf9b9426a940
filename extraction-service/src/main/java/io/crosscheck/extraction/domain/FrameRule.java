package io.crosscheck.extraction.domain;

import java.util.List;

/**
 * One rule of a figure-frame part, in the manner of CoreNLP's quote-attribution sieves: a short reading of a
 * figure's neighbourhood that answers the part or passes (null) to the next rule of its {@link Chain}.
 */
interface FrameRule<T> {

    /** The rule's name, recorded with every part it decides so that an evaluation can score rules one by one. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The part as this rule reads it, or null when the rule does not apply. */
    T read(FigureSite site, FrameInputs in);

    /** What a chain decided and which rule decided it. */
    record Decision<T>(T value, String rule) {
    }

    /** An ordered list of rules for one part: the first rule that answers decides. */
    final class Chain<T> {
        private final List<FrameRule<T>> rules;

        Chain(List<FrameRule<T>> rules) {
            this.rules = List.copyOf(rules);
        }

        Decision<T> decide(FigureSite site, FrameInputs in) {
            for (FrameRule<T> rule : rules) {
                T value = rule.read(site, in);
                if (value != null) {
                    return new Decision<>(value, rule.name());
                }
            }
            return null;
        }
    }
}
