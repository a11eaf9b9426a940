package io.crosscheck.extraction.domain;

import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

/** Developer aid: prints the tokens, tags and dependency arcs of a text file's sentences. Not a test. */
public final class ParseDump {
    public static void main(String[] args) throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
        AnalyzedText analyzed = new CoreNlpAnalyzer(CoreNlpAnalyzer.NEWS_ANNOTATORS).analyze(text);
        for (Sentence s : analyzed.sentences()) {
            System.out.printf("-- sentence %d [%d,%d]%n", s.index(), s.start(), s.end());
            for (Token t : s.tokens()) {
                String head = t.head() >= 0 ? s.tokens().get(t.head()).text() + "#" + t.head() : "ROOT";
                System.out.printf("%3d %-18s %-5s %-10s %-14s <- %s%n", t.index(), t.text(), t.pos(), t.ner(), t.dep(), head);
            }
        }
    }

    private ParseDump() {
    }
}
