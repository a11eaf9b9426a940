package io.crosscheck.extraction.domain;

import java.util.List;

/** A sentence of an analysed text, with its character range and tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {

    /** The token covering or starting at the offset, or the first one after it; -1 when none. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
