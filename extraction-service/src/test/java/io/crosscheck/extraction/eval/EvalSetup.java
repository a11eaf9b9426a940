package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

/** The annotators the evaluation runs: the service's defaults (application.properties). */
final class EvalSetup {
    static final String ANNOTATORS = CoreNlpAnalyzer.NEWS_ANNOTATORS;

    private EvalSetup() {
    }
}
