package io.crosscheck.gateway.compare;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spelling-tolerant key for one word of a name, so that transliterations and spelling variants of one person
 * or place meet across outlets (Petrov/Petroff, Dmitry/Dmitri, Odesa/Odessa): accents folded, the first
 * letter kept, then only the consonant skeleton with sound-alike consonants merged and doubles collapsed.
 * Outlets resolve a mention to a canonical name only within one article; across articles this key is what lets
 * "Sergey" and "Sergei" count as the same word.
 */
final class NameKey {
    private NameKey() {
    }

    static String of(String word) {
        String folded = fold(word);
        if (folded.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        key.append(sound(folded.charAt(0)));
        char last = key.charAt(0);
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isLetterOrDigit(c) || "aeiouyh".indexOf(c) >= 0) {
                // Vowels (y included) are where transliterations differ most; h mostly marks a digraph (kh, sh, zh).
                if ("aeiouy".indexOf(c) >= 0) {
                    last = 0;
                }
                continue;
            }
            char s = sound(c);
            if (s != last) {
                key.append(s);
            }
            last = s;
        }
        return key.toString();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, letters and digits only. */
    static String fold(String word) {
        // Runs for every token of every digest: plain ASCII, the common case, skips decomposition.
        String n = (isAscii(word) ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Consonants that transliteration swaps for one another share one letter. */
    private static char sound(char c) {
        return switch (c) {
            case 'w', 'v', 'f' -> 'f';
            case 'c', 'k', 'q', 'g' -> 'k';
            case 'z', 's', 'x' -> 's';
            case 'j' -> 'i';
            case 'y' -> 'i';
            case 'd' -> 't';
            case 'b' -> 'p';
            default -> c;
        };
    }
}
