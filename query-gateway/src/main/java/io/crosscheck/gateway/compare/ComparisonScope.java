package io.crosscheck.gateway.compare;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the parts of one comparison share: the articles, every claim-bearing sentence with its article and tf-idf
 * vector, and the publish-time window.
 */
final class ComparisonScope {
    final List<ArticleDigest> articles;
    final List<Statement> statements = new ArrayList<>();
    final int[] statementArticle;
    final TermSpace terms;
    final SparseVector[] vectors;
    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final Map<Statement, Integer> statementIndex = new IdentityHashMap<>();
    private final Duration window;

    ComparisonScope(List<ArticleDigest> articles, Duration window) {
        this.articles = articles;
        this.window = window;
        for (int i = 0; i < articles.size(); i++) {
            articleIndex.put(articles.get(i).id(), i);
            for (Statement s : articles.get(i).statements()) {
                statementIndex.put(s, statements.size());
                statements.add(s);
            }
        }
        statementArticle = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            statementArticle[i] = articleIndex.get(statements.get(i).articleId());
        }
        terms = new TermSpace(statements);
        vectors = new SparseVector[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            vectors[i] = terms.vector(statements.get(i).terms());
        }
    }

    int article(String id) {
        return articleIndex.get(id);
    }

    int index(Statement s) {
        return statementIndex.get(s);
    }

    double similarity(Statement a, Statement b) {
        return vectors[index(a)].cosine(vectors[index(b)]);
    }

    /** Whether two articles were published close enough in time to report the same events. */
    boolean withinWindow(int a, int b) {
        Instant x = articles.get(a).published();
        Instant y = articles.get(b).published();
        return x == null || y == null || Duration.between(x, y).abs().compareTo(window) <= 0;
    }

    /** Sum of the idf of the terms, the weight of a set of terms. */
    double weight(Iterable<String> keys) {
        double w = 0;
        for (String k : keys) {
            w += terms.idf(k);
        }
        return w;
    }
}
