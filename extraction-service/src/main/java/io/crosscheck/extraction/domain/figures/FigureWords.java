package io.crosscheck.extraction.domain.figures;

import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityChange;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around a number that say how it bounds the truth ({@code quantities/bounds.tsv}), whether it is the
 * size of a change ({@code quantities/change-words.tsv}), which scale it is a value on
 * ({@code quantities/scale-nouns.txt}) and what makes it a rate ("per", "a", "an").
 */
public final class FigureWords {
    /** A bound phrase as written and what it means. */
    public record Bound(String words, QuantityBound bound) {
    }

    public static final Set<String> RATE_WORDS = Set.of("per", "a", "an", "/", "each");
    public static final Set<String> SCALE_NOUNS = Set.copyOf(DataFiles.rows("quantities/scale-nouns.txt").stream()
            .map(r -> r[0].trim()).toList());

    private static final List<Bound> BEFORE = new ArrayList<>();
    private static final List<Bound> AFTER = new ArrayList<>();
    private static final Map<String, QuantityChange> CHANGE = new HashMap<>();
    /** Longest bound phrase, in characters: how far back a look needs to reach. */
    private static final int LONGEST;

    static {
        int longest = 0;
        for (String[] row : DataFiles.rows("quantities/bounds.tsv")) {
            Bound b = new Bound(row[0], QuantityBound.valueOf("QUANTITY_BOUND_" + row[1]));
            (row[2].equals("after") ? AFTER : BEFORE).add(b);
            longest = Math.max(longest, row[0].length());
        }
        LONGEST = longest + 2;
        Comparator<Bound> longestFirst = Comparator.comparingInt((Bound b) -> b.words().length()).reversed();
        BEFORE.sort(longestFirst);
        AFTER.sort(longestFirst);
        for (String[] row : DataFiles.rows("quantities/change-words.tsv")) {
            CHANGE.put(row[0], row[1].equals("UP") ? QuantityChange.QUANTITY_CHANGE_UP_BY : QuantityChange.QUANTITY_CHANGE_DOWN_BY);
        }
    }

    private FigureWords() {
    }

    /** The bound phrase that ends right before the offset ("at least " before "six"), or null. */
    public static Bound boundBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - LONGEST), start).toLowerCase(Locale.ROOT);
        for (Bound b : BEFORE) {
            String w = b.words();
            if (before.endsWith(w + " ") && (before.length() == w.length() + 1
                    || !Character.isLetterOrDigit(before.charAt(before.length() - w.length() - 2)))) {
                return b;
            }
        }
        return null;
    }

    /** The bound phrase right after the quantity ("or more", "plus", "+"), or null. */
    public static Bound boundAfter(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + LONGEST)).toLowerCase(Locale.ROOT);
        for (Bound b : AFTER) {
            String w = b.words();
            if (w.equals("+") ? after.startsWith("+") && (after.length() == 1 || !Character.isDigit(after.charAt(1)))
                    : after.startsWith(" " + w) && (after.length() == w.length() + 1
                            || !Character.isLetterOrDigit(after.charAt(w.length() + 1)))) {
                return b;
            }
        }
        return null;
    }

    /**
     * Whether the number is the size of a rise or fall: a movement word right before it or before "by" ("rose 9.4%",
     * "down 1.9%", "increased by $43.6 billion"), a sign written on it ("+0.2%"), or "higher"/"lower" after it.
     * "rose to $84" is a level.
     */
    public static QuantityChange change(Sentence s, int first, int qualifierStart, boolean plusSign) {
        if (plusSign) {
            return QuantityChange.QUANTITY_CHANGE_UP_BY;
        }
        List<Token> t = s.tokens();
        int k = first - 1;
        while (k >= 0 && t.get(k).end() > qualifierStart) {
            k--; // past the bound words
        }
        if (k >= 0 && t.get(k).lower().equals("by")) {
            k--;
        } else if (k >= 0 && (t.get(k).lower().equals("to") || t.get(k).lower().equals("from") || t.get(k).lower().equals("at"))) {
            return QuantityChange.QUANTITY_CHANGE_LEVEL;
        }
        if (k >= 0) {
            QuantityChange c = CHANGE.get(t.get(k).lowerLemma());
            if (c != null && (t.get(k).isVerb() || t.get(k).pos().startsWith("RB") || t.get(k).pos().startsWith("JJ")
                    || t.get(k).pos().equals("IN") || t.get(k).pos().startsWith("NN"))) {
                return c;
            }
        }
        return QuantityChange.QUANTITY_CHANGE_LEVEL;
    }
}
