package io.crosscheck.extraction.domain;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;

/** Developer aid: prints the claims of a seed article. Not a test. */
public final class ExtractionDump {
    public static void main(String[] args) throws java.io.IOException {
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(CoreNlpAnalyzer.NEWS_ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        String text = args.length > 0 && args[0].contains("/") ? java.nio.file.Files.readString(java.nio.file.Path.of(args[0]))
                : SharedCorpus.seed(args.length > 0 ? args[0] : "001");
        long t0 = System.nanoTime();
        ExtractionResult r = extractor.extract(text, LocalDate.parse(args.length > 1 ? args[1] : "2025-11-25"), "en");
        System.out.printf("tokens=%d sentences=%d ms=%d%n", r.tokenCount(), r.sentenceCount(), (System.nanoTime() - t0) / 1_000_000);
        for (Claim c : r.claimSet().getClaimsList()) {
            System.out.printf("%s [%d,%d] %s | speaker=%s (%s) cue=%s | q=%s | t=%s | %s %.2f%n", c.getKind(), c.getSpan().getStart(),
                    c.getSpan().getEnd(), abbreviate(c.getText()), c.hasSpeaker() ? c.getSpeaker().getText() : "-",
                    c.hasSpeaker() ? c.getSpeaker().getCanonicalName() : "-", c.hasCue() ? c.getCue().getText() : "-",
                    c.getQuantitiesList().stream().map(q -> q.getText() + "=" + q.getValue() + q.getUnit() + "/" + q.getQualifier() + "/" + q.getCounted()).toList(),
                    c.getTimesList().stream().map(t -> t.getText() + "=" + t.getValue()).toList(), c.getAttribution(), c.getCheckWorthiness());
        }
        r.claimSet().getEntitiesList().forEach(e -> System.out.println("ENTITY " + e.getCanonicalName() + " " + e.getType() + " " + e.getAliasesList()));
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }
}
