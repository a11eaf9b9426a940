package io.crosscheck.extraction.eval;

/** The annotators the evaluation runs: the service's defaults (application.properties). */
final class EvalSetup {
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private EvalSetup() {
    }
}
