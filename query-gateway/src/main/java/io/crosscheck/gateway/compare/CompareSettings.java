package io.crosscheck.gateway.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

/**
 * The thresholds of the comparison, read from the versioned data file {@code compare/settings.properties} (which
 * says what each means and where it came from).
 *
 * @param statementThreshold least average cosine similarity (tf-idf over content terms) for sentences of different
 *                           articles to count as one claim
 * @param embeddingThreshold least cosine of two sentence embeddings to count as one claim
 * @param embeddingBands bands of the locality-sensitive blocking of embeddings
 * @param embeddingBits hyperplane bits per band
 * @param figureThreshold least similarity of two figures' contexts (idf- and nearness-weighted cosine) to be
 *                        figures of one fact
 * @param sameFigureThreshold the same, for figures of the same value and counted noun
 * @param disputeSentenceThreshold least cosine of the sentences of two figures (or of a figure and a denial) for
 *                                 their difference to be a conflict
 * @param sameFigureSentenceThreshold least cosine of the sentences of two figures of one value to corroborate
 * @param sameFigureEmbeddingThreshold least embedding cosine of the sentences of one value in one unit to be one fact
 * @param rewriteFloor least shingle Jaccard for a rewrite
 * @param rewriteMargin how many times more similar a rewrite pair is than either article is to its other nearest
 *                      neighbours: an independent report of the same event is similar too, a rewrite stands out
 * @param nearCopyContainment containment above which two articles are rewrites whatever their neighbours
 * @param rewriteAlignedCosine least embedding cosine of two sentences to be one sentence rewritten
 * @param rewriteAlignedShare least share of the shorter article's sentences matched in order for a pair whose
 *                            shingles stand out to be a rewrite
 * @param window publish times further apart than this are not compared for clusters and conflicts
 */
public record CompareSettings(double statementThreshold, double embeddingThreshold, int embeddingBands,
        int embeddingBits, double figureThreshold, double sameFigureThreshold, double disputeSentenceThreshold,
        double sameFigureSentenceThreshold, double sameFigureEmbeddingThreshold, double rewriteFloor, double rewriteMargin,
        double nearCopyContainment, double rewriteAlignedCosine, double rewriteAlignedShare, Duration window) {
    private static final String RESOURCE = "/compare/settings.properties";
    private static final CompareSettings DEFAULTS = load();

    public static CompareSettings defaults() {
        return DEFAULTS;
    }

    /** These settings with another publish-time window. */
    public CompareSettings withWindow(Duration window) {
        return new CompareSettings(statementThreshold, embeddingThreshold, embeddingBands, embeddingBits,
                figureThreshold, sameFigureThreshold, disputeSentenceThreshold, sameFigureSentenceThreshold,
                sameFigureEmbeddingThreshold, rewriteFloor, rewriteMargin, nearCopyContainment, rewriteAlignedCosine, rewriteAlignedShare, window);
    }

    private static CompareSettings load() {
        Properties p = new Properties();
        try (InputStream in = CompareSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompareSettings(number(p, "statement.threshold"), number(p, "statement.embedding.threshold"),
                (int) number(p, "statement.embedding.bands"), (int) number(p, "statement.embedding.bits"),
                number(p, "figure.threshold"), number(p, "figure.same.threshold"),
                number(p, "dispute.sentence.threshold"), number(p, "figure.same.sentence.threshold"),
                number(p, "figure.same.embedding.threshold"),
                number(p, "rewrite.floor"), number(p, "rewrite.margin"), number(p, "rewrite.near.copy.containment"),
                number(p, "rewrite.aligned.cosine"), number(p, "rewrite.aligned.share"),
                Duration.parse(required(p, "window")));
    }

    private static double number(Properties p, String key) {
        return Double.parseDouble(required(p, key));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(RESOURCE + " lacks " + key);
        }
        return v.strip();
    }
}
