package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Developer aid: prints the parse of the sentences of a file that contain a phrase. args: file phrase... */
public final class ParseDump {
    public static void main(String[] args) throws Exception {
        AnalyzedText text = new CoreNlpAnalyzer(EvalSetup.ANNOTATORS).analyze(Files.readString(Path.of(args[0])));
        for (int a = 1; a < args.length; a++) {
            for (Sentence s : text.sentences()) {
                if (text.text().substring(s.start(), s.end()).contains(args[a])) {
                    System.out.println("== " + args[a]);
                    for (Token t : s.tokens()) {
                        System.out.printf("%3d %-14s %-5s %-12s %3d %s%n", t.index(), t.text(), t.pos(), t.dep(), t.head(), t.ner());
                    }
                }
            }
        }
    }
}
