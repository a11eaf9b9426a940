package io.crosscheck.extraction.domain;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.time.LocalDate;
import java.util.List;

/**
 * The real CoreNLP analyzer for the plain domain tests, created once for all of them (loading the
 * models takes about 15 s), with the annotators the service runs.
 */
final class Nlp {
    /** A Wednesday: "on Tuesday" is 2025-11-25, "last week" 2025-W47, "next week" 2025-W49. */
    static final LocalDate WEDNESDAY = LocalDate.of(2025, 11, 26);

    private static CoreNlpAnalyzer analyzer;
    private static NewsExtractor extractor;

    private Nlp() {
    }

    static synchronized TextAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = new CoreNlpAnalyzer(CoreNlpAnalyzer.NEWS_ANNOTATORS);
        }
        return analyzer;
    }

    static synchronized NewsExtractor extractor() {
        if (extractor == null) {
            extractor = new NewsExtractor(analyzer(), MiniLmSentenceEmbedder.shared(), 1_000_000);
        }
        return extractor;
    }

    static ClaimSet claims(String text) {
        return claims(text, WEDNESDAY);
    }

    static ClaimSet claims(String text, LocalDate published) {
        return extractor().extract(text, published, "en").claimSet();
    }

    /** Every quantity attached to a claim of the text. */
    static List<Quantity> quantities(String text) {
        return claims(text).getQuantitiesList();
    }

    static List<Claim> claimList(String text) {
        return claims(text).getClaimsList();
    }
}
