package io.crosscheck.gateway.compare;

import java.time.Duration;

/**
 * The thresholds of the comparison.
 *
 * @param statementThreshold least average cosine similarity (tf-idf over content terms) for sentences of different
 *                           articles to count as one claim
 * @param figureThreshold least similarity of two figures' contexts (idf- and nearness-weighted cosine) to be
 *                        figures of one fact
 * @param sameFigureThreshold the same, for figures of the same value and counted noun
 * @param disputeSentenceThreshold least cosine of the sentences of two figures (or of a figure and a denial) for
 *                                 their difference to be a conflict: numbers near the same words in otherwise
 *                                 unrelated sentences (two polls, two budgets) are different measurements
 * @param sameFigureSentenceThreshold least cosine of the sentences of two figures of one value to corroborate
 * @param rewriteFloor least shingle Jaccard for a rewrite
 * @param rewriteMargin how many times more similar a rewrite pair is than either article is to its other nearest
 *                      neighbours: an independent report of the same event is similar too, a rewrite stands out
 * @param nearCopyContainment containment above which two articles are rewrites whatever their neighbours
 * @param window publish times further apart than this are not compared for clusters and conflicts
 */
public record CompareSettings(double statementThreshold, double figureThreshold, double sameFigureThreshold,
        double disputeSentenceThreshold, double sameFigureSentenceThreshold, double rewriteFloor,
        double rewriteMargin, double nearCopyContainment, Duration window) {

    public static CompareSettings defaults() {
        return new CompareSettings(0.25, 0.30, 0.20, 0.15, 0.08, 0.05, 1.6, 0.5, Duration.ofDays(7));
    }

    /** These settings with another publish-time window. */
    public CompareSettings withWindow(Duration window) {
        return new CompareSettings(statementThreshold, figureThreshold, sameFigureThreshold, disputeSentenceThreshold,
                sameFigureSentenceThreshold, rewriteFloor, rewriteMargin,
                nearCopyContainment, window);
    }
}
