package io.crosscheck.gateway.compare;

/**
 * One word, number or punctuation mark of an article's text.
 *
 * @param start offset of the first character in the article's cleaned text
 * @param end offset one past the last character
 * @param lower the word in lower case without accents ("n't" for a contracted negation), the digits of a number,
 *              or the punctuation mark itself
 * @param key what the word means for comparison: a concept ("~kill"), a stem ("s:negoti"), a name key ("n:lfrf"),
 *            a number ("#28"), or null for stop words, reporting verbs and punctuation
 * @param inQuote inside quotation marks
 */
record Token(int start, int end, String lower, Kind kind, String key, boolean capitalized, boolean inQuote) {
    enum Kind { WORD, NUMBER, PUNCT }

    boolean content() {
        return key != null;
    }

    boolean negation() {
        return kind == Kind.WORD && Vocabulary.NEGATIONS.contains(lower);
    }

    /** A mark that ends a clause for the purpose of reading what a number counts. */
    boolean clauseBreak() {
        return kind == Kind.PUNCT && ",;:()–—!?.".contains(lower);
    }

    boolean quoteMark() {
        return kind == Kind.PUNCT && "“”\"«»„".contains(lower);
    }
}
