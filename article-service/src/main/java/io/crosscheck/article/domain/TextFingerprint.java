package io.crosscheck.article.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text identity and search terms. Two texts that differ only in case, white space, quote style,
 * dashes or diacritics are the same text: they get the same content hash.
 */
public final class TextFingerprint {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_TERM_CHARS = 40;

    private TextFingerprint() {
    }

    /** The text reduced to its words: folded case, no diacritics, no punctuation, single spaces. */
    public static String normalize(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** SHA-256 (hex) of the normalised text. */
    public static String contentHash(String text) {
        return sha256(normalize(text));
    }

    /** SHA-256 (hex) of the UTF-8 bytes. */
    public static String sha256(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The distinct normalised words of the texts, in first-seen order: what keyword search matches. */
    public static Set<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && !text.isEmpty()) {
                addWords(normalize(text), terms);
            }
        }
        return terms;
    }

    /**
     * The content hash and the search terms of an article at once, normalising its text a single time (the costly
     * part of both): {@code contentHash(text)} and {@code terms(title, text, outlet)}.
     */
    public static Fingerprint of(String title, String text, String outlet) {
        String normalized = normalize(text);
        Set<String> terms = new LinkedHashSet<>();
        if (title != null && !title.isEmpty()) {
            addWords(normalize(title), terms);
        }
        addWords(normalized, terms);
        if (outlet != null && !outlet.isEmpty()) {
            addWords(normalize(outlet), terms);
        }
        return new Fingerprint(sha256(normalized), terms);
    }

    /** What identifies a text and what finds it. */
    public record Fingerprint(String contentHash, Set<String> terms) {
    }

    private static void addWords(String normalized, Set<String> terms) {
        for (String word : normalized.split(" ")) {
            if (!word.isEmpty() && word.length() <= MAX_TERM_CHARS) {
                terms.add(word);
            }
        }
    }
}
