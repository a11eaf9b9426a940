package io.crosscheck.extraction.eval;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;
import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Developer aid: the quote, indirect and stance claims of each text file given, with speaker, canonical name and reading. */
public final class SpeakerProbe {
    public static void main(String[] args) throws Exception {
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        for (String file : args) {
            System.out.println("== " + file);
            for (String text : Files.readString(Path.of(file)).split("\n====\n")) {
                System.out.println("-- " + text.substring(0, Math.min(70, text.length())).replace('\n', '|'));
                for (Claim c : extractor.extract(text, LocalDate.of(2025, 11, 26), "en").claimSet().getClaimsList()) {
                    if (c.hasSpeaker()) {
                        System.out.printf("  %-14s %-40s | %s -> %s [%s] %s%n", c.getKind().name().replace("CLAIM_KIND_", ""),
                                c.getText().substring(0, Math.min(40, c.getText().length())), c.getSpeaker().getText(),
                                c.getSpeaker().getCanonicalName(), c.getSpeaker().getSieve(), c.getSpeaker().getType());
                    }
                }
            }
        }
    }
}
