package io.crosscheck.extraction.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spelling-insensitive key for names, so that transliterations of one name meet: case and
 * diacritics folded, doubled letters collapsed (Tchaikovskyy, Tchaikovsky), the vowel glides that English
 * transliterations of Slavic and Arabic names vary on unified (Dmitry / Dmitri, Oleksiy / Oleksey,
 * Yuri / Yury), and a final "-ff"/"-v" ending (Petroff / Petrov) folded.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L} ]");

    private NameKey() {
    }

    public static String of(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = NON_LETTER.matcher(s.replace('-', ' ')).replaceAll("");
        StringBuilder key = new StringBuilder();
        for (String word : s.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(foldWord(word));
        }
        return key.toString();
    }

    private static String foldWord(String w) {
        String s = w;
        // Vowel + glide endings: -ey, -ei, -iy, -yi, -ii, -y, -i all end the same way.
        s = s.replaceAll("(ey|ei|iy|yi|ii|yy)$", "i").replaceAll("y$", "i");
        s = s.replaceAll("iy|yi", "i");
        s = s.replace("ck", "k").replace("ph", "f").replace("w", "v");
        s = s.replaceAll("(.)\\1+", "$1");
        s = s.replaceAll("ov$|of$", "ov");
        // Mikhail / Mikhael, Oleksiy / Oleksey: unstressed vowels vary; keep consonants and the first letter.
        // (Latin script only: other scripts keep their letters as they are.)
        if (s.length() > 2 && s.chars().allMatch(c -> c < 128)) {
            s = s.charAt(0) + s.substring(1).replaceAll("[aeiouy]", "");
        }
        return s;
    }
}
