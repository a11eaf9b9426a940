package io.crosscheck.extraction.domain;

import java.util.List;

/** A sentence of an analysed text, with its character range and tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether token i is a verb with a tense of its own or a finite auxiliary, modal or copula ("said", "are missing", "has done", "is a technologist"). */
    public boolean finite(int i) {
        if (tokens.get(i).pos().matches("VB[DPZ]|MD")) {
            return true;
        }
        for (Token t : tokens) {
            if (t.head() == i && (t.dep().startsWith("aux") || t.dep().equals("cop")) && t.pos().matches("VB[DPZ]|MD")) {
                return true;
            }
        }
        return false;
    }

    /** Dependents of token i with a relation starting with the prefix ("nsubj" matches "nsubj:pass"). */
    public java.util.List<Token> children(int i, String relationPrefix) {
        java.util.List<Token> out = new java.util.ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i && t.dep().startsWith(relationPrefix)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The first (leftmost) token of the subtree of token i. */
    public int subtreeFirst(int i) {
        int first = i;
        for (Token t : tokens) {
            if (t.index() < first && dominates(i, t.index())) {
                first = t.index();
            }
        }
        return first;
    }

    /** The last (rightmost) token of the subtree of token i. */
    public int subtreeLast(int i) {
        int last = i;
        for (Token t : tokens) {
            if (t.index() > last && dominates(i, t.index())) {
                last = t.index();
            }
        }
        return last;
    }

    /** Whether token ancestor is token descendant or one of its ancestors. */
    public boolean dominates(int ancestor, int descendant) {
        int cur = descendant;
        for (int guard = 0; cur >= 0 && guard <= tokens.size(); guard++) {
            if (cur == ancestor) {
                return true;
            }
            cur = tokens.get(cur).head();
        }
        return false;
    }
}
