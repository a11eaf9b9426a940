package io.crosscheck.extraction.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs sentence splits that news abbreviations cause: "…,” Rep. Ilse Maren (D-Vel.) said Friday."
 * is split after "(D-Wis.)", leaving "said Friday." as a sentence of its own and the quote without
 * its reporting clause. A "sentence" that starts with a lower-case word on the same line as the
 * previous one continues it; the two are merged before tagging and parsing, so the parser sees the
 * whole sentence.
 */
final class SentenceRepair {
    private SentenceRepair() {
    }

    static void mergeBrokenSentences(Annotation document, String text) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        List<List<CoreLabel>> merged = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && continuesPrevious(merged.get(merged.size() - 1), tokens, text)) {
                merged.get(merged.size() - 1).addAll(tokens);
            } else {
                merged.add(new ArrayList<>(tokens));
            }
        }
        if (merged.size() == sentences.size()) {
            return;
        }
        List<CoreMap> rebuilt = new ArrayList<>(merged.size());
        int tokenOffset = 0;
        for (int s = 0; s < merged.size(); s++) {
            List<CoreLabel> tokens = merged.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setIndex(i + 1);
                tokens.get(i).setSentIndex(s);
            }
            int begin = tokens.get(0).beginPosition();
            int end = tokens.get(tokens.size() - 1).endPosition();
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
            sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
            tokenOffset += tokens.size();
            rebuilt.add(sentence);
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, rebuilt);
    }

    private static boolean continuesPrevious(List<CoreLabel> previous, List<CoreLabel> next, String text) {
        String first = next.get(0).originalText();
        if (first.isEmpty() || !Character.isLowerCase(first.codePointAt(0))) {
            return false;
        }
        int gapStart = previous.get(previous.size() - 1).endPosition();
        int gapEnd = next.get(0).beginPosition();
        return gapStart <= gapEnd && text.substring(gapStart, gapEnd).indexOf('\n') < 0;
    }
}
