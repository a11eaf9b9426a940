package io.crosscheck.extraction.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence's dependency parse indexed for the local look-ups of the figure-frame rules: the children of
 * each token and the named mention each token belongs to, built once per sentence, so that a rule costs
 * the size of a figure's neighbourhood and never a scan of the sentence ({@link Sentence#children} scans).
 * Every climb up the tree stops after {@link #MAX_HOPS} steps: a figure's frame is in its own phrase and
 * clause, and a long chain of heads (a malformed or enormous sentence) must not cost more.
 */
final class ParsedSentence {
    /** Steps up the tree a climb may take: a clause is rarely more than a few heads above its figures. */
    static final int MAX_HOPS = 8;
    /** Tokens either side of a figure that its neighbourhood may reach: one clause of news text, with room. */
    static final int WINDOW = 40;
    private static final int[] NONE = new int[0];
    /** Relations that start a clause of their own: a figure's clause ends where one of these hangs. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl",
            "parataxis", "csubj", "csubj:pass");

    final Sentence sentence;
    private final List<Token> tokens;
    private final int[][] children;
    private final NamedMention[] mentionOf;

    ParsedSentence(Sentence sentence, List<NamedMention> mentions) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        int[] counts = new int[n];
        for (Token t : tokens) {
            if (t.head() >= 0 && t.head() < n && t.head() != t.index()) {
                counts[t.head()]++;
            }
        }
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = counts[i] == 0 ? NONE : new int[counts[i]];
        }
        int[] filled = new int[n];
        for (Token t : tokens) {
            int h = t.head();
            if (h >= 0 && h < n && h != t.index()) {
                children[h][filled[h]++] = t.index(); // in token order: tokens are visited in order
            }
        }
        mentionOf = new NamedMention[n];
        for (NamedMention m : mentions) {
            for (int i = Math.max(0, m.firstToken()); i < Math.min(n, m.endToken()); i++) {
                mentionOf[i] = m;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The head of token i, or -1 for the root, an unparsed token or a head out of range. */
    int head(int i) {
        int h = tokens.get(i).head();
        return h >= 0 && h < tokens.size() && h != i ? h : -1;
    }

    String dep(int i) {
        return tokens.get(i).dep();
    }

    String lemma(int i) {
        return tokens.get(i).lowerLemma();
    }

    String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /**
     * The children of token i within {@link #WINDOW} tokens of it, in token order. A head's own function words and
     * arguments stand near it; a head with thousands of dependents (a list of numbers) costs no more than a short
     * one, and every look-up below goes through here.
     */
    int[] children(int i) {
        return childrenNear(i, i);
    }

    /**
     * The children of token i within {@link #WINDOW} tokens of the figure at token around, in token order:
     * a head with thousands of dependents (a list of numbers) is looked at only near the figure.
     */
    int[] childrenNear(int i, int around) {
        int[] all = children[i];
        if (all.length <= 2 * WINDOW) {
            return all;
        }
        int from = lowerBound(all, around - WINDOW);
        int to = lowerBound(all, around + WINDOW + 1);
        return Arrays.copyOfRange(all, from, to);
    }

    /** The first child of token i whose relation is rel or starts with rel + ":", or -1. */
    int child(int i, String rel) {
        for (int c : children(i)) {
            if (is(c, rel)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether token i's relation is rel or a subtype of it ("nsubj" matches "nsubj:pass"). */
    boolean is(int i, String rel) {
        String dep = tokens.get(i).dep();
        return dep.equals(rel) || dep.startsWith(rel + ":");
    }

    /** The named mention token i belongs to, or null. */
    NamedMention mention(int i) {
        return mentionOf[i];
    }

    /**
     * The case marking of token i as written, lower case: its case children and what is fixed to them
     * ("in", "as of", "according to", "compared with"); empty when it has none.
     */
    String caseWords(int i) {
        StringBuilder words = new StringBuilder();
        for (int c : children(i)) {
            if (c < i && (dep(c).equals("case") || dep(c).equals("mark"))) {
                append(words, lower(c));
                for (int f : children(c)) {
                    if (dep(f).equals("fixed")) {
                        append(words, lower(f));
                    }
                }
            }
        }
        return words.toString();
    }

    private static void append(StringBuilder words, String word) {
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(word);
    }

    /**
     * The word token i depends on for its meaning: its head, skipping the prepositions and the "up"/"down"
     * a parser sometimes hangs a value on ("rose 9% to $84 billion", "down from 5.6%"), so that the value
     * reaches the verb it completes. -1 at the root.
     */
    int governor(int i) {
        int h = head(i);
        for (int hops = 0; h >= 0 && hops < 3 && isFunctionWord(h); hops++) {
            h = head(h);
        }
        return h;
    }

    private boolean isFunctionWord(int i) {
        Token t = tokens.get(i);
        return t.pos().equals("IN") || t.pos().equals("TO")
                || (t.pos().startsWith("RB") || t.pos().equals("RP")) && (t.lowerLemma().equals("up") || t.lowerLemma().equals("down"));
    }

    /**
     * The head of the clause token i stands in: the first token at or above it that is a verb (not one
     * modifying a noun), carries a copula, or hangs by a clause relation. Stops after {@link #MAX_HOPS}.
     */
    int clauseHead(int i) {
        int cur = i;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            if (isClauseHead(cur)) {
                return cur;
            }
            int h = head(cur);
            if (h < 0) {
                return cur;
            }
            cur = h;
        }
        return cur;
    }

    boolean isClauseHead(int i) {
        Token t = tokens.get(i);
        if (t.isVerb() && !t.dep().equals("amod") && !t.dep().equals("compound")) {
            return true;
        }
        return CLAUSE_RELATIONS.contains(t.dep()) || head(i) < 0 || child(i, "cop") >= 0;
    }

    /** The tokens from token i up to its clause head, in climbing order (i first), at most {@link #MAX_HOPS} + 1. */
    List<Integer> pathToClause(int i) {
        List<Integer> path = new ArrayList<>();
        int cur = i;
        path.add(cur);
        for (int hops = 0; hops < MAX_HOPS && !isClauseHead(cur); hops++) {
            int h = head(cur);
            if (h < 0) {
                break;
            }
            cur = h;
            path.add(cur);
        }
        return path;
    }

    /**
     * The first token of the noun phrase headed by h as far as its determiner, adjectives and compounds reach
     * ("the official death toll"), leaving out possessors and what follows the head.
     */
    int phraseStart(int h) {
        int first = h;
        for (int c : children(h)) {
            if (c < first && (dep(c).equals("det") || is(c, "amod") || is(c, "compound"))) {
                first = c;
                for (int cc : children(c)) {
                    if (cc < first && !dep(cc).equals("punct")) {
                        first = cc; // "a highly contagious strain", "the Harrow County death toll"
                    }
                }
            }
        }
        return first;
    }

    /** Index of the token holding the offset, else of the first token after it; size() past the end. */
    int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static int lowerBound(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
