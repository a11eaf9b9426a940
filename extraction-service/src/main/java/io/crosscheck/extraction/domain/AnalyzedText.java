package io.crosscheck.extraction.domain;

import java.util.List;

/** A text after tokenisation, sentence splitting, tagging and NER: what the news rules work on. */
public record AnalyzedText(String text, List<Sentence> sentences, List<NamedMention> mentions) {

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** The sentence holding the offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset < s.end()) {
                return offset >= s.start() ? s : null;
            }
        }
        return null;
    }
}
