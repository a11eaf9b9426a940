package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.ClaimSet;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks a request, analyses the text with the NLP foundation, extracts its claims and embeds the sentences that
 * carry them.
 */
public final class NewsExtractor {
    /** RFC 5646 4.4.1: a language tag of up to 35 characters must be supported; longer is no tag we could serve. */
    public static final int MAX_LANGUAGE_CHARS = 35;

    private final TextAnalyzer analyzer;
    private final ClaimExtractor claims = new ClaimExtractor();
    private final SentenceEmbedder embedder;
    private final int maxTextChars;

    public NewsExtractor(TextAnalyzer analyzer, SentenceEmbedder embedder, int maxTextChars) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.maxTextChars = maxTextChars;
    }

    /**
     * @param published the publish date relative dates resolve against
     * @throws InvalidTextException for empty or oversized text, or a language other than English
     */
    public ExtractionResult extract(String text, LocalDate published, String language) {
        validate(text, language);
        AnalyzedText analyzed = analyzer.analyze(text);
        ClaimSet set = SentenceVectors.attach(claims.extract(analyzed, published), analyzed, embedder);
        return new ExtractionResult(set, analyzed.tokenCount(), analyzed.sentences().size());
    }

    public void validate(String text, String language) {
        if (text == null || text.isBlank()) {
            throw new InvalidTextException("text", "text is required and must not be blank");
        }
        if (text.length() > maxTextChars) {
            throw new InvalidTextException("text", "text has " + text.length() + " characters; the limit is " + maxTextChars);
        }
        if (language != null && language.length() > MAX_LANGUAGE_CHARS) {
            throw new InvalidTextException("language", "language has " + language.length()
                    + " characters; a BCP 47 tag has at most " + MAX_LANGUAGE_CHARS + " (\"en\" is supported)");
        }
        if (language != null && !language.isBlank() && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            throw new InvalidTextException("language", "only English (\"en\") is supported, got \"" + language + "\"");
        }
    }

    public int maxTextChars() {
        return maxTextChars;
    }

    public String version() {
        return ClaimExtractor.VERSION;
    }
}
