package io.crosscheck.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence that each state a fact of their own, read from its dependency parse: verbs joined by
 * coordination ("lost power and issued a mayday"), adverbial and relative clauses ("…, which collapsed"), and
 * loosely attached ones. A lead sentence that packs five facts gives five clauses, so the gateway can match each
 * against the one other outlets state. A joined clause without a subject of its own borrows its partner's ("The
 * ship lost power and struck the bridge" → "The ship struck the bridge"); a relative clause is preceded by the noun
 * it describes. Reported content (the complement of "said") stays with its sentence: it is one fact with its
 * source.
 */
final class FactClauses {
    /** Relations that attach a clause stating a further fact to its head. */
    private static final Set<String> SPLIT_RELATIONS = Set.of("conj", "advcl", "acl:relcl", "parataxis");
    /** Fewer words than this say too little to match on their own. */
    private static final int MIN_WORDS = 4;
    /** A bound on clauses per sentence (very long sentences are lists). */
    private static final int MAX_CLAUSES = 6;

    record Clause(int start, int end, String text) {
    }

    private FactClauses() {
    }

    /** The sentence's fact clauses in order, or none when it states one fact. */
    static List<Clause> of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Integer> heads = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() >= 0 && SPLIT_RELATIONS.contains(t.dep()) && predicate(sentence, t)) {
                heads.add(t.index());
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        // Each token belongs to the innermost clause head above it, or to the main clause (-1).
        int[] owner = new int[tokens.size()];
        for (Token t : tokens) {
            owner[t.index()] = -1;
            for (int cur = t.index(), guard = 0; cur >= 0 && guard <= tokens.size(); cur = tokens.get(cur).head(), guard++) {
                if (heads.contains(cur)) {
                    owner[t.index()] = cur;
                    break;
                }
            }
        }
        List<Clause> out = new ArrayList<>();
        addClause(sentence, owner, -1, List.of(), out);
        for (int h : heads) {
            addClause(sentence, owner, h, borrowed(sentence, tokens.get(h)), out);
        }
        if (out.size() < 2) {
            return List.of();
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out.size() > MAX_CLAUSES ? out.subList(0, MAX_CLAUSES) : out;
    }

    /** A verb, or a noun or adjective with a copula or a subject of its own ("…, which is the longest"). */
    private static boolean predicate(Sentence s, Token t) {
        return t.isVerb() || !s.children(t.index(), "cop").isEmpty() || !s.children(t.index(), "nsubj").isEmpty();
    }

    /** The words a clause takes from outside: its partner's subject, or the noun a relative clause describes. */
    private static List<Token> borrowed(Sentence s, Token head) {
        List<Token> tokens = s.tokens();
        if (head.dep().equals("acl:relcl")) {
            Token noun = tokens.get(head.head());
            return tokens.subList(Math.max(s.subtreeFirst(noun.index()), 0), noun.index() + 1);
        }
        if (head.dep().equals("conj") && s.children(head.index(), "nsubj").isEmpty()) {
            Token partner = tokens.get(head.head());
            for (Token subject : s.children(partner.index(), "nsubj")) {
                return tokens.subList(s.subtreeFirst(subject.index()), s.subtreeLast(subject.index()) + 1);
            }
        }
        return List.of();
    }

    private static void addClause(Sentence s, int[] owner, int head, List<Token> prefix, List<Clause> out) {
        List<Token> own = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (owner[t.index()] == head && !(own.isEmpty() && leadingJoiner(t))) {
                own.add(t);
            }
        }
        while (!own.isEmpty() && own.get(own.size() - 1).isPunctuation() && !own.get(own.size() - 1).text().equals(".")) {
            own.remove(own.size() - 1);
        }
        int words = 0;
        for (Token t : own) {
            words += t.isPunctuation() ? 0 : 1;
        }
        if (words < MIN_WORDS) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Token t : prefix) {
            if (!own.contains(t)) {
                append(text, t);
            }
        }
        own.forEach(t -> append(text, t));
        out.add(new Clause(own.get(0).start(), own.get(own.size() - 1).end(), text.toString()));
    }

    /** A clause's opening "and", "but", comma or "which" joins it to the sentence; it says nothing of its own. */
    private static boolean leadingJoiner(Token t) {
        return t.isPunctuation() || t.dep().equals("cc") || t.dep().equals("mark");
    }

    private static void append(StringBuilder text, Token t) {
        if (text.length() > 0 && !t.isPunctuation()) {
            text.append(' ');
        }
        text.append(t.text());
    }
}
