package io.crosscheck.extraction.domain;

/** Tokenises, splits, tags and finds named entities; implemented on Stanford CoreNLP. */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);
}
