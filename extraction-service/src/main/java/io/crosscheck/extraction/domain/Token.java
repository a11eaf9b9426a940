package io.crosscheck.extraction.domain;

/**
 * One token of an analysed text, with its place in the sentence's dependency tree.
 *
 * @param start offset of its first character in the text (Java String index)
 * @param end offset one past its last character
 * @param ner the named-entity tag ("PERSON", "NUMBER", "O" for none)
 * @param normalized the NER normalisation ("7.0" for "seven"), or null
 * @param head index of the governing token in the sentence, -1 for the root (or when unparsed)
 * @param dep the relation to the head ("nsubj", "ccomp", "conj", ...), "root" for the root
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner, String normalized,
        int head, String dep) {

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPunctuation() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** NER tags of times and durations ("Thursday", "last week", "two weeks"). */
    private static final java.util.Set<String> TIME_TAGS = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    /** Whether NER tagged the token as a time ("Thursday morning"): a time is never a speaker or what is said. */
    public boolean isTime() {
        return ner != null && TIME_TAGS.contains(ner);
    }

    /** The token as written, lower-cased. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public String lowerLemma() {
        return lemma == null ? text.toLowerCase(java.util.Locale.ROOT) : lemma.toLowerCase(java.util.Locale.ROOT);
    }
}
