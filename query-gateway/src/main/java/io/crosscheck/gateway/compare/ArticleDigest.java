package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.List;

/**
 * Everything the comparison reads from one article, computed once from its text and claims and cached by article
 * id, content hash and extractor version: its claim-bearing sentences, the figures they report, and the shingle
 * sketch that finds rewrites. embeddingModel names the model of the statements' embeddings (empty: none).
 */
record ArticleDigest(String id, String outlet, String title, String url, Instant published, String embeddingModel,
        List<Statement> statements,
        List<Figure> figures, ShingleSketch sketch) {
}
