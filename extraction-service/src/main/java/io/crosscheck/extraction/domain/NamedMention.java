package io.crosscheck.extraction.domain;

/**
 * A named-entity mention found by NER.
 *
 * @param type PERSON, ORGANIZATION, LOCATION, MISC, NUMBER, MONEY, PERCENT, TITLE, ...
 * @param firstToken index of its first token in the sentence
 * @param endToken index one past its last token in the sentence
 */
public record NamedMention(String text, int start, int end, String type, String normalized, int sentence,
        int firstToken, int endToken) {
}
