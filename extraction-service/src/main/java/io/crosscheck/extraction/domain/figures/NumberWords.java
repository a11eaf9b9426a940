package io.crosscheck.extraction.domain.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English number words ({@code quantities/number-words.tsv}) and how a run of them adds up: "ninety five" is 95,
 * "four hundred million" 4e8, "one hundred and twenty" 120, "a dozen" 12, "two-thirds" 2/3.
 */
public final class NumberWords {
    public enum Kind { UNIT, TEN, SCALE, GROUP, FRACTION }

    public record Word(double value, Kind kind) {
    }

    private static final Map<String, Word> WORDS = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows("quantities/number-words.tsv")) {
            WORDS.put(row[0], new Word(Double.parseDouble(row[1]), Kind.valueOf(row[2].toUpperCase(Locale.ROOT))));
        }
    }

    private NumberWords() {
    }

    /** The word's entry, case-insensitive, or null. */
    public static Word word(String text) {
        return WORDS.get(text.toLowerCase(Locale.ROOT));
    }

    public static boolean isScale(String text) {
        Word w = word(text);
        return w != null && (w.kind() == Kind.SCALE || w.kind() == Kind.GROUP);
    }

    /**
     * The value of a hyphenated or plain spelled number ("twenty-five", "three-dozen", "two-thirds", "seven"), or
     * null when the text is not one.
     */
    public static Double spelled(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("-");
        Accumulator acc = new Accumulator();
        for (String p : parts) {
            Word w = WORDS.get(p);
            if (w == null || !acc.add(w)) {
                return null;
            }
        }
        return acc.value();
    }

    /**
     * Adds number words left to right the way English composes them: units and tens sum within a group, a scale
     * word multiplies the group before it (and everything before it when it is larger than the last scale), a
     * fraction word divides ("two thirds").
     */
    public static final class Accumulator {
        /** Everything before the last scale of a thousand or more ("two million" in "two million three hundred"). */
        private double total;
        /** The group below a thousand being built ("three hundred"). */
        private double current;
        private boolean any;
        private boolean fraction;

        /** Whether the word continues the number; false leaves the accumulator as it was. */
        public boolean add(Word w) {
            if (fraction) {
                if (w.kind() != Kind.SCALE) {
                    return false;
                }
                total = (total + current) * w.value(); // "half million", "three quarters billion"
                current = 0;
                fraction = false;
                return true;
            }
            double v = w.value();
            switch (w.kind()) {
                case UNIT -> {
                    if (any && (current % 10 != 0 || (current % 100 != 0 && v >= 10))) {
                        return false; // "seven four", "twenty eleven": two numbers
                    }
                    current += v;
                }
                case TEN -> {
                    if (any && current % 100 != 0) {
                        return false;
                    }
                    current += v;
                }
                case SCALE, GROUP -> {
                    double base = current == 0 ? (total == 0 ? 1 : 0) : current;
                    if (v < 1000) {
                        current = (base == 0 ? 1 : base) * v;
                    } else {
                        total += base * v;
                        if (base == 0) {
                            total *= v; // "a hundred thousand" read as hundred, then thousand over it
                        }
                        current = 0;
                    }
                }
                case FRACTION -> {
                    double numerator = any ? total + current : 1;
                    total = numerator * v;
                    current = 0;
                    fraction = true;
                }
            }
            any = true;
            return true;
        }

        /** Starts from a number written in digits ("4" before "hundred million"). */
        public void start(double digits) {
            current = digits;
            any = true;
        }

        public boolean any() {
            return any;
        }

        public double value() {
            return total + current;
        }
    }
}
