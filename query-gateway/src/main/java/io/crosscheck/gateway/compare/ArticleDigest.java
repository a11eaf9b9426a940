package io.crosscheck.gateway.compare;

import java.time.Instant;
import java.util.List;

/**
 * Everything the comparison reads from one article, computed once from its text and claims and cached by article
 * id, content hash and extractor version: its claim-bearing sentences, the figures they report, and the shingle
 * sketch that finds rewrites.
 */
record ArticleDigest(String id, String outlet, String title, String url, Instant published, List<Statement> statements,
        List<Figure> figures, ShingleSketch sketch) {
}
