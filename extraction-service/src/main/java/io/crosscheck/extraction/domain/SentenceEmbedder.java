package io.crosscheck.extraction.domain;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine tells how alike their meanings are: what the gateway uses to find the
 * same fact worded differently by two outlets ("flattening homes", "collapsed houses"). Implemented by a model that
 * runs in process ({@link io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder}).
 */
public interface SentenceEmbedder {
    /** The model and its version ("all-minilm-l6-v2-q@1.19.0-beta29"): vectors of different models never meet. */
    String model();

    /** One L2-normalised vector per sentence, in order. */
    List<float[]> embed(List<String> sentences);
}
