package io.crosscheck.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one name-matching algorithm of Crosscheck: extraction groups the spellings of a name within an article with it
 * (EntityIndex), the gateway matches speakers and name words across outlets with it (SpeakerName, Tokenizer) and
 * filters claims by speaker with {@link #foldWords}.
 *
 * <p>A name's key is the keys of its words in order, separated by one space:
 * <ol>
 * <li>words are split at white space, hyphens and other marks ("Jean-Luc" is two words); a possessive "'s" or a
 * final "s'" is dropped ("Marov's"); the stops of initials and abbreviations fold away ("J.D.", "Dr.");</li>
 * <li>honorifics and abbreviated titles at the start ("Mr.", "Dr", "Gen.", "Sen.") and particles anywhere ("von",
 * "de", "al", "of") are left out, from the lists in {@code name-words.txt}; a name of such words only keeps them;</li>
 * <li>each word is folded (lower case, accents off, letters and digits only) and keyed by {@link #word}: its first
 * letter as written, then its consonant skeleton with the consonants transliterations swap merged (v/w/f and ph,
 * c/k/q/g, s/z/x, d/t, b/p, j/y), vowels and h dropped, doubled letters collapsed.</li>
 * </ol>
 * Both services had a key of their own before; where they differed this one takes the rule that is right for person
 * names met across one article and across outlets:
 * <ul>
 * <li>after the first letter the consonant classes are the gateway's (extraction only merged ck/k, ph/f, w/v):
 * outlets transliterate one name by different conventions (Chaikovsky/Tchaikowsky, Nikolai/Nicolai), and whole
 * names still have to agree word for word (or one within the other); but the first letter stays as written
 * (extraction's rule, Soundex's too): the gateway's merged first letter let a single word such as a surname meet
 * another name of the same article (a g/k or c/k pair with other vowels: "Garvo"/"Kervo", "Calden"/"Kelden"; three
 * such false merges showed on attribution-dev);</li>
 * <li>extraction's ph/f is kept (Josef/Joseph), and so is its splitting at hyphens (the gateway joined
 * "Jean-Luc" into one word, which then never met "Jean Luc");</li>
 * <li>digits stay (the gateway's; extraction dropped them): "Velor-136" is not "Velor";</li>
 * <li>particles are left out for both (the gateway already did for speakers): "Greta von der Hallen" and "Greta
 * Hallen" are one key, and a surname written with or without its particle is one surname;</li>
 * <li>possessives are dropped for both (extraction's EntityIndex did): "Marov's" is "Marov";</li>
 * <li>honorifics are new for both: neither dropped "Mr." before, so "Mr. Marov" was a different full name from
 * "Pavel Marov" in extraction.</li>
 * </ul>
 * Letters of other scripts keep their vowels and meet only their own spelling.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** What separates the words of a name: anything but letters, marks, digits, apostrophes and stops. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}'’‘.]+");
    private static final Words WORDS = Words.load("name-words.txt");

    /** The version line of name-words.txt. */
    public static final String WORDS_VERSION = WORDS.version;

    private NameKey() {
    }

    /** The key of a whole name: its words' keys in order, one space apart; empty when it has no letters or digits. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The keys of a name's words, in order, honorifics, particles and possessive left out (see the class comment). */
    public static List<String> words(String name) {
        List<String> folded = foldedWords(name);
        int first = 0;
        while (first < folded.size() - 1 && WORDS.honorifics.contains(folded.get(first))) {
            first++;
        }
        List<String> keys = new ArrayList<>(folded.size() - first);
        for (int i = first; i < folded.size(); i++) {
            if (!WORDS.particles.contains(folded.get(i))) {
                keys.add(word(folded.get(i)));
            }
        }
        if (keys.isEmpty()) {
            for (int i = first; i < folded.size(); i++) {
                keys.add(word(folded.get(i)));
            }
        }
        return keys;
    }

    /** The key of a name's last word, its family name in the Western order news copy uses; empty for no name. */
    public static String surname(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /**
     * Whether two names may name one person: the same key, or one name's word keys all within the other's ("Halvorsen"
     * and "Ann Halvorsen", "President Halvorsen" and "Ann Halvorsen" not). Empty names are nobody.
     */
    public static boolean samePerson(String one, String other) {
        return samePerson(words(one), words(other));
    }

    /** {@link #samePerson(String, String)} on word keys from {@link #words}. */
    public static boolean samePerson(List<String> one, List<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return false;
        }
        if (one.equals(other)) {
            return true;
        }
        List<String> shorter = one.size() <= other.size() ? one : other;
        List<String> longer = shorter == one ? other : one;
        return longer.containsAll(shorter);
    }

    /**
     * The spelling-tolerant key of one word, which may come unfolded: first letter, then the consonant skeleton with
     * sound-alike consonants merged and doubles collapsed. Sergey/Sergei, Marov/Maroff, Brenesa/Brenessa,
     * Velesky/Veleskyy, Vilno/Wilno, Josef/Joseph meet; Maren/Marek do not.
     */
    public static String word(String word) {
        String folded = fold(word);
        if (folded.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(folded.length());
        // The first letter as written, as Soundex keeps it: transliterations rarely change it, and merging it too
        // made one-word names of one article meet ("Garvo" and "Kervo", "Chorin" and "Kairin").
        key.append(folded.charAt(0));
        char last = sound(folded, 0);
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiouyh".indexOf(c) >= 0) {
                // Vowels (y included) are where transliterations differ most; h mostly marks a digraph (kh, sh, zh).
                if (c != 'h') {
                    last = 0;
                }
                continue;
            }
            char s = sound(folded, i);
            if (s != last) {
                key.append(s);
            }
            last = s;
        }
        return key.toString();
    }

    /** Lower case without accents, letters and digits only: one word's spelling as keys and lookups compare it. */
    public static String fold(String word) {
        // Runs for every token of every digest in the gateway: plain ASCII, the common case, skips decomposition.
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

    /**
     * A text folded as {@link #fold} folds a word, but with its words kept apart: lower case, accents off, every run of
     * other characters one space, no space at either end. For "contains" searches on names ("jose alvarez" within
     * "José Álvarez-Ruiz"); empty for null.
     */
    public static String foldWords(String text) {
        if (text == null) {
            return "";
        }
        String n = (isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else if (!isApostrophe(c)) {
                // O'Brien is one word, "obrien"; any other mark separates.
                gap = true;
            }
        }
        return out.toString();
    }

    /** A name's words folded, possessives dropped, split at hyphens and other marks. */
    private static List<String> foldedWords(String name) {
        List<String> out = new ArrayList<>();
        for (String piece : SEPARATORS.split(name.strip())) {
            String w = withoutPossessive(piece);
            String folded = fold(w);
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }

    /** "Marov's" is "Marov", "Jones'" is "Jones"; "O'Brien" stays. */
    private static String withoutPossessive(String word) {
        int n = word.length();
        if (n >= 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S') && isApostrophe(word.charAt(n - 2))) {
            return word.substring(0, n - 2);
        }
        if (n > 1 && isApostrophe(word.charAt(n - 1))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Consonants that transliteration swaps for one another share one letter; "ph" is an f. */
    private static char sound(String folded, int i) {
        char c = folded.charAt(i);
        if (c == 'p' && i + 1 < folded.length() && folded.charAt(i + 1) == 'h') {
            return 'f';
        }
        return switch (c) {
            case 'w', 'v', 'f' -> 'f';
            case 'c', 'k', 'q', 'g' -> 'k';
            case 'z', 's', 'x' -> 's';
            case 'j', 'y' -> 'i';
            case 'd' -> 't';
            case 'b' -> 'p';
            default -> c;
        };
    }

    /** The lists of name-words.txt. */
    private record Words(String version, Set<String> honorifics, Set<String> particles) {
        static Words load(String resource) {
            try (InputStream in = NameKey.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("io/crosscheck/names/" + resource + " is missing from the class path");
                }
                String version = null;
                Set<String> honorifics = new HashSet<>();
                Set<String> particles = new HashSet<>();
                Set<String> section = null;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int hash = line.indexOf('#');
                    String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (l.startsWith("version ")) {
                        version = l.substring("version ".length()).strip();
                    } else if (l.equals("[honorifics]")) {
                        section = honorifics;
                    } else if (l.equals("[particles]")) {
                        section = particles;
                    } else if (section == null || !l.equals(fold(l))) {
                        throw new IllegalStateException(resource + ": a folded word within a section expected, got '" + l + "'");
                    } else {
                        section.add(l);
                    }
                }
                if (version == null) {
                    throw new IllegalStateException(resource + " has no version line");
                }
                return new Words(version, Set.copyOf(honorifics), Set.copyOf(particles));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
