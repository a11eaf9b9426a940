package io.crosscheck.extraction.domain.figures;

import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Finds where a number starts in a sentence and how far it reaches: digits with what is glued to them
 * ("$1.5bn", "520bhp"), digits followed by scale words ("4 hundred million", "1.8 billion"), spelled numbers
 * ("ninety five", "three-dozen", "a dozen", "two-thirds") and approximate plurals ("dozens of", "thousands of",
 * which CQE reads as a range of one order of magnitude: 12-120, 1,000-10,000).
 */
public final class NumberSpotter {
    /** Determiners after which "one" is a pronoun ("the one", "each one"), not a count. */
    private static final Set<String> PRONOUN_ONE_AFTER = Set.of("the", "each", "any", "every", "no", "this", "that",
            "which", "another", "someone", "anyone", "everyone", "little", "only");

    /** Words before "quarter" or "half" that make it a period of a year rather than a share. */
    private static final Set<String> PERIOD_BEFORE_FRACTION = Set.of("the", "first", "second", "third", "fourth", "last",
            "this", "next", "previous", "fiscal", "each", "every", "latest");

    /** A number over tokens first..last: its value, an upper end for ranges inside it, and the parts glued to it. */
    public record Spotted(int first, int last, double value, Double valueTo, String prefix, String suffix, Double scale,
            NumberToken digits, boolean approximatePlural) {
    }

    private NumberSpotter() {
    }

    public static Spotted at(Sentence s, int i) {
        Spotted n = spot(s, i);
        return n == null ? null : andAHalf(s, n);
    }

    /** "13 and a half", "one and a half": a half added to a whole number. */
    private static Spotted andAHalf(Sentence s, Spotted n) {
        int j = n.last() + 1;
        if (n.valueTo() != null || !n.suffix().isEmpty() || n.value() != Math.rint(n.value()) || j + 2 >= s.tokens().size()
                || !s.tokens().get(j).lower().equals("and") || !s.tokens().get(j + 1).lower().equals("a")
                || !s.tokens().get(j + 2).lower().equals("half")) {
            return n;
        }
        return new Spotted(n.first(), j + 2, n.value() + Math.copySign(0.5, n.value()), null, n.prefix(), "", n.scale(),
                n.digits(), false);
    }

    private static Spotted spot(Sentence s, int i) {
        Token t = s.tokens().get(i);
        Double fraction = fraction(t.text());
        if (fraction != null) {
            return new Spotted(i, i, fraction, null, "", "", null, null, false);
        }
        NumberToken digits = NumberToken.parse(t.text());
        if (digits != null) {
            Token next = i + 1 < s.tokens().size() ? s.tokens().get(i + 1) : null;
            Double part = next == null ? null : fraction(next.text());
            if (part != null && digits.isInteger() && digits.suffix().isEmpty() && digits.valueTo() == null) {
                // "7 3/4": a whole number and a fraction
                return new Spotted(i, i + 1, digits.value() + Math.copySign(part, digits.value()), null, digits.prefix(), "",
                        null, null, false);
            }
            return withScaleWords(s, i, digits);
        }
        return spelled(s, i);
    }

    /** Denominators of fractions news and finance write with a slash; "9/11" or "7/7" are dates used as names. */
    private static final Set<Integer> DENOMINATORS = Set.of(2, 3, 4, 5, 6, 8, 10, 16, 32, 64);
    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    /** "3/4", "1/4": a proper fraction; null for anything else (a date like "9/11" included). */
    static Double fraction(String text) {
        java.util.regex.Matcher m = SLASHED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int numerator = Integer.parseInt(m.group(1));
        int denominator = Integer.parseInt(m.group(2));
        return numerator > 0 && numerator < denominator && DENOMINATORS.contains(denominator)
                ? (double) numerator / denominator : null;
    }

    /** "4 hundred million", "1.8 billion", "1.5 bn": scale words after digits multiply them. */
    private static Spotted withScaleWords(Sentence s, int i, NumberToken digits) {
        NumberWords.Accumulator acc = new NumberWords.Accumulator();
        acc.start(Math.abs(digits.value()));
        int last = i;
        Double scale = null;
        String suffix = digits.suffix();
        Token next = i + 1 < s.tokens().size() ? s.tokens().get(i + 1) : null;
        if (suffix.isEmpty() && next != null && next.start() == s.tokens().get(i).end()
                && Character.isLetter(next.text().charAt(0)) && next.text().length() <= 4) {
            // "5.2M", "4.1m", "20.4bn" split by the tokenizer: the letters are glued to the digits
            suffix = next.text();
            last = i + 1;
        } else if (suffix.isEmpty() && digits.valueTo() == null) {
            for (int j = i + 1; j < s.tokens().size(); j++) {
                String text = s.tokens().get(j).text();
                String[] parts = text.split("-", 2);
                NumberWords.Word w = NumberWords.word(parts[0]);
                if (w == null || (w.kind() != NumberWords.Kind.SCALE && w.kind() != NumberWords.Kind.GROUP)
                        || !acc.add(w)) {
                    break;
                }
                last = j;
                if (parts.length == 2) {
                    suffix = "-" + parts[1]; // "400 million-year-old", "1.8 billion-mile"
                    break;
                }
            }
        }
        double value = acc.value();
        if (acc.value() != Math.abs(digits.value()) && digits.value() != 0) {
            scale = value / Math.abs(digits.value());
            value = digits.value() < 0 ? -value : value;
        } else {
            value = digits.value();
        }
        Double valueTo = digits.valueTo() == null ? null : digits.valueTo() * (scale == null ? 1 : scale);
        return new Spotted(i, last, value, valueTo, digits.prefix(), suffix, scale, digits, false);
    }

    private static Spotted spelled(Sentence s, int i) {
        Token t = s.tokens().get(i);
        String lower = t.text().toLowerCase(Locale.ROOT);
        // "dozens of", "hundreds of", "tens of thousands of": an order of magnitude, not a number.
        Spotted plural = approximatePlural(s, i, lower);
        if (plural != null) {
            return plural;
        }
        // "a dozen", "a hundred", "a third of": the article counts one.
        boolean article = (lower.equals("a") || lower.equals("an")) && i + 1 < s.tokens().size();
        int from = article ? i + 1 : i;
        if (article) {
            NumberWords.Word next = NumberWords.word(s.tokens().get(from).text());
            if (next == null || next.kind() == NumberWords.Kind.UNIT || next.kind() == NumberWords.Kind.TEN) {
                return null;
            }
            if (next.kind() == NumberWords.Kind.FRACTION && !ofFollows(s, from)) {
                return null; // "a quarter" of an hour or a year is a time, "a third" alone an ordinal
            }
        }
        NumberWords.Accumulator acc = new NumberWords.Accumulator();
        if (article) {
            acc.start(1);
        }
        int last = -1;
        String suffix = "";
        for (int j = from; j < s.tokens().size(); j++) {
            Token w = s.tokens().get(j);
            String text = w.text();
            if (text.equalsIgnoreCase("and") && last >= 0 && acc.value() >= 100 && j + 1 < s.tokens().size()
                    && NumberWords.word(s.tokens().get(j + 1).text()) != null) {
                continue; // "one hundred and twenty"
            }
            String[] parts = text.split("-");
            int used = 0;
            boolean ok = true;
            for (String p : parts) {
                NumberWords.Word word = NumberWords.word(p);
                if (word == null || !acceptable(s, j, word, last < 0 && !article && used == 0) || !acc.add(word)) {
                    ok = used > 0 && parts.length > 1; // "five-year": the number, then a unit glued on
                    break;
                }
                used++;
            }
            if (used == 0 || !ok && used == 0) {
                break;
            }
            last = j;
            if (used < parts.length) {
                suffix = "-" + String.join("-", java.util.Arrays.copyOfRange(parts, used, parts.length));
                break;
            }
        }
        if (last < 0 || !acc.any()) {
            return null;
        }
        return new Spotted(i, last, acc.value(), null, "", suffix, null, null, false);
    }

    /**
     * Whether a number word counts here: "one" only where the tagger reads it as a numeral and no determiner makes it
     * a pronoun; a fraction word only before "of" or after a numerator ("half of", "two thirds"); scale words only
     * after a number.
     */
    private static boolean acceptable(Sentence s, int j, NumberWords.Word word, boolean first) {
        Token t = s.tokens().get(j);
        if (word.kind() == NumberWords.Kind.FRACTION) {
            if (first && j > 0 && PERIOD_BEFORE_FRACTION.contains(s.tokens().get(j - 1).lower())) {
                return false; // "the third quarter of", "the first half of": a period, not a share
            }
            return !first || ofFollows(s, j) || j + 1 < s.tokens().size() && NumberWords.isScale(s.tokens().get(j + 1).text()) || (t.text().equalsIgnoreCase("half") && j + 1 < s.tokens().size()
                    && Set.of("the", "a", "an", "its", "their", "his", "her").contains(s.tokens().get(j + 1).lower()));
        }
        if (first && (word.kind() == NumberWords.Kind.SCALE || word.kind() == NumberWords.Kind.GROUP)) {
            return false;
        }
        if (first && !t.text().contains("-") && !t.pos().equals("CD")) {
            return false;
        }
        if (first && t.lower().equals("one") && j > 0 && PRONOUN_ONE_AFTER.contains(s.tokens().get(j - 1).lower())) {
            return false;
        }
        return true;
    }

    private static boolean ofFollows(Sentence s, int j) {
        return j + 1 < s.tokens().size() && s.tokens().get(j + 1).lower().equals("of");
    }

    private static Spotted approximatePlural(Sentence s, int i, String lower) {
        if (!lower.endsWith("s") || lower.length() < 5) {
            return null;
        }
        NumberWords.Word w = NumberWords.word(lower.substring(0, lower.length() - 1));
        if (w == null || (w.kind() != NumberWords.Kind.SCALE && w.kind() != NumberWords.Kind.GROUP)) {
            if (!lower.equals("tens")) {
                return null;
            }
            w = new NumberWords.Word(10, NumberWords.Kind.SCALE);
        }
        int j = i + 1;
        double low = w.value();
        // "tens of thousands of", "hundreds of millions of": the second plural scales the first.
        if (j + 1 < s.tokens().size() && s.tokens().get(j).lower().equals("of")) {
            String next = s.tokens().get(j + 1).lower();
            NumberWords.Word w2 = next.endsWith("s") ? NumberWords.word(next.substring(0, next.length() - 1)) : null;
            if (w2 != null && w2.kind() == NumberWords.Kind.SCALE && w2.value() > low) {
                low = low * w2.value();
                j += 2;
            }
        }
        if (j >= s.tokens().size() || !s.tokens().get(j).lower().equals("of")) {
            return null;
        }
        return new Spotted(i, j - 1, low, low * 10, "", "", null, null, true);
    }
}
