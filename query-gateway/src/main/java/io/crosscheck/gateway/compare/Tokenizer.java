package io.crosscheck.gateway.compare;

import io.crosscheck.names.NameKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with offsets and gives each word its comparison key: stop words and reporting
 * verbs get none, everyday synonyms their shared concept, other words their Porter stem, numbers their digits.
 * Names are keyed by {@link NameKey#word} where the caller marks entity spans.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    /** Entity spans in the same offsets as the text; tokens inside one are keyed as names. */
    interface NameSpans {
        boolean covers(int start, int end);

        NameSpans NONE = (s, e) -> false;
    }

    /**
     * Tokens of a whole article. A capitalised word is keyed as a name inside entity spans, and also outside them
     * when the same word is part of an entity elsewhere in the text: entity tagging misses some mentions ("Dravenport"
     * tagged once, untagged in the next sentence), and one word must get one key throughout an article.
     */
    static List<Token> article(String text, NameSpans names) {
        List<Token> tokens = tokens(text, 0, text.length(), names);
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.WORD && t.capitalized() && t.key() != null && t.key().startsWith("n:")) {
                nameWords.add(t.lower());
            }
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            boolean name = t.kind() == Token.Kind.WORD && t.capitalized() && t.key() != null && !t.key().startsWith("n:")
                    && nameWords.contains(t.lower());
            out.add(name ? new Token(t.start(), t.end(), t.lower(), t.kind(), key(t.lower(), true), true, t.inQuote()) : t);
        }
        return out;
    }

    static List<Token> tokens(String text, int from, int to, NameSpans names) {
        List<Token> out = new ArrayList<>();
        int end = Math.min(to, text.length());
        int i = Math.max(0, from);
        boolean inQuote = false;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < end && (Character.isDigit(text.charAt(j))
                        || ((text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < end && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                String digits = text.substring(i, j).replace(",", "");
                out.add(new Token(i, j, digits, Token.Kind.NUMBER, "#" + digits, false, inQuote));
                i = j;
                continue;
            }
            if (Character.isLetter(c)) {
                int abbreviation = initials(text, i, end);
                if (abbreviation > i) {
                    // "U.S." is one word, "us" as written without the stops.
                    String letters = text.substring(i, abbreviation).replace(".", "");
                    out.add(word(i, abbreviation, NameKey.fold(letters), letters, names, inQuote));
                    i = abbreviation;
                    continue;
                }
                int j = i + 1;
                while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || isApostrophe(text.charAt(j))
                        && j + 1 < end && Character.isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                addWord(text, i, j, names, inQuote, out);
                i = j;
                continue;
            }
            String mark = String.valueOf(c);
            if ("“”\"«»„".indexOf(c) >= 0) {
                // An opening mark opens, a closing mark closes; a straight mark toggles.
                inQuote = c == '“' || c == '«' || c == '„' || (c == '"' && !inQuote);
                out.add(new Token(i, i + 1, mark, Token.Kind.PUNCT, null, false, false));
            } else if (!isApostrophe(c)) {
                out.add(new Token(i, i + 1, mark, Token.Kind.PUNCT, null, false, inQuote));
            }
            i++;
        }
        return out;
    }

    /** A word, with "doesn't" split into "does" + "n't" and a possessive "'s" dropped. */
    private static void addWord(String text, int start, int end, Tokenizer.NameSpans names, boolean inQuote, List<Token> out) {
        String surface = text.substring(start, end);
        int apostrophe = -1;
        for (int k = 0; k < surface.length(); k++) {
            if (isApostrophe(surface.charAt(k))) {
                apostrophe = k;
                break;
            }
        }
        if (apostrophe > 0) {
            String tail = NameKey.fold(surface.substring(apostrophe + 1));
            String head = surface.substring(0, apostrophe);
            if (tail.equals("t") && head.toLowerCase(Locale.ROOT).endsWith("n")) {
                String stem = head.substring(0, head.length() - 1);
                String lower = NameKey.fold(stem);
                // "can't" is "ca" + "n't", "won't" is "wo" + "n't": both auxiliaries, both stop words.
                out.add(word(start, start + stem.length(), lower.equals("ca") || lower.equals("wo") ? "do" : lower, surface,
                        names, inQuote));
                out.add(new Token(start + stem.length(), end, "n't", Token.Kind.WORD, null, false, inQuote));
                return;
            }
            out.add(word(start, start + apostrophe, NameKey.fold(head), head, names, inQuote));
            return;
        }
        out.add(word(start, end, NameKey.fold(surface), surface, names, inQuote));
    }

    private static Token word(int start, int end, String lower, String surface, NameSpans names, boolean inQuote) {
        boolean capitalized = !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
        // Inside an entity span only capitalised words are the name ("U.S. officials": "officials" is a word).
        return new Token(start, end, lower, Token.Kind.WORD, key(lower, capitalized && names.covers(start, end)),
                capitalized, inQuote);
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{L}\\.){2,}(?!\\p{L})");

    /** The end of initials with stops at i ("U.S.", "J.D."), or i when there are none. */
    private static int initials(String text, int i, int end) {
        java.util.regex.Matcher m = INITIALS.matcher(text).region(i, end);
        return m.lookingAt() ? m.end() : i;
    }

    /** The comparison key of a word: null for words without content. */
    static String key(String lower, boolean name) {
        if (lower.isEmpty()) {
            return null;
        }
        // Keys are interned: cached digests keep thousands of sentences whose terms repeat.
        if (name) {
            String k = NameKey.word(lower);
            return k.isEmpty() ? null : ("n:" + k).intern();
        }
        String number = Vocabulary.NUMBER_WORDS.get(lower);
        if (number != null) {
            return "#" + number;
        }
        if (Vocabulary.STOP_WORDS.contains(lower) || Vocabulary.REPORTING.contains(lower)
                || Vocabulary.NEGATIONS.contains(lower) || lower.length() < 2) {
            return null;
        }
        String stem = PorterStemmer.stem(lower);
        String concept = Vocabulary.conceptOfStem(stem);
        return concept != null ? concept : ("s:" + stem).intern();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }
}
