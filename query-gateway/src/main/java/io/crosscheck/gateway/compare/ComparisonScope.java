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
    /** Per statement: a sentence whose fact clauses are units of their own, and so is not clustered itself. */
    final boolean[] splitIntoClauses;
    /** Per statement: its sentence embedding, or null (none stored, or another model than the comparison's). */
    final float[][] embeddings;
    /** Per term id: a word, not a name. */
    private final boolean[] words;
    private final Map<String, Integer> articleIndex = new HashMap<>();
    private final Map<Statement, Integer> statementIndex = new IdentityHashMap<>();
    /** Publish times in epoch seconds, Long.MIN_VALUE when unknown. */
    private final long[] published;
    private final long windowSeconds;

    ComparisonScope(List<ArticleDigest> articles, Duration window) {
        this.articles = articles;
        this.windowSeconds = window.getSeconds();
        this.published = new long[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Instant at = articles.get(i).published();
            published[i] = at == null ? Long.MIN_VALUE : at.getEpochSecond();
        }
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
        // Term weights come from the sentences alone: a clause repeats its sentence's words.
        terms = new TermSpace(statements.stream().filter(s -> s.sentenceOf() == null).toList());
        words = terms.words();
        vectors = new SparseVector[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            vectors[i] = terms.vector(statements.get(i).terms());
        }
        splitIntoClauses = new boolean[statements.size()];
        for (Statement s : statements) {
            if (s.sentenceOf() != null) {
                splitIntoClauses[index(s.sentenceOf())] = true;
            }
        }
        String model = commonModel(articles);
        embeddings = new float[statements.size()][];
        for (int i = 0; i < statements.size(); i++) {
            if (articles.get(statementArticle[i]).embeddingModel().equals(model)) {
                embeddings[i] = statements.get(i).embedding();
            }
        }
    }

    /** The embedding model most articles' claims carry: vectors of two models live in different spaces. */
    private static String commonModel(List<ArticleDigest> articles) {
        Map<String, Integer> count = new HashMap<>();
        for (ArticleDigest a : articles) {
            if (!a.embeddingModel().isEmpty()) {
                count.merge(a.embeddingModel(), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** Cosine of two statements' sentence embeddings; NaN when either has none. */
    double embeddingSimilarity(int a, int b) {
        return SentenceVectors.cosine(embeddings[a], embeddings[b]);
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

    /**
     * How alike two sentences are for clustering: their cosine, when they share at least minWords words; names do
     * not count there, since one speaker's unrelated remarks share the speaker's name and little else.
     */
    double sentenceSimilarity(int a, int b, int minWords) {
        return vectors[a].cosine(vectors[b], minWords, words);
    }

    /** Whether two articles were published close enough in time to report the same events. */
    boolean withinWindow(int a, int b) {
        long x = published[a];
        long y = published[b];
        return x == Long.MIN_VALUE || y == Long.MIN_VALUE || Math.abs(x - y) <= windowSeconds;
    }

    /**
     * The blocking keys of a sentence for a cosine threshold (prefix filtering, as in Bayardo et al.'s All-Pairs):
     * its terms minus the most common ones whose weights together (as a vector norm) stay below the threshold. Two
     * sentences with cosine at or above the threshold share a term in their prefixes, because what they share
     * outside them adds up to less than the threshold; so no pair is lost, and the common terms that would pair
     * almost everything are never used as keys.
     */
    int[] prefix(int statement, double threshold) {
        SparseVector v = vectors[statement];
        int[] ids = v.ids();
        int[] order = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = i;
        }
        // Most common first; equal frequency by id: one global order for every sentence. Sentences hold tens of
        // terms, so an insertion sort is enough.
        for (int i = 1; i < order.length; i++) {
            int x = order[i];
            int j = i - 1;
            while (j >= 0 && before(ids[x], ids[order[j]])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = x;
        }
        double suffix = 0;
        int cut = 0;
        while (cut < order.length) {
            double w = v.weight(order[cut]);
            if (suffix + w * w >= threshold * threshold) {
                break;
            }
            suffix += w * w;
            cut++;
        }
        int[] keys = new int[order.length - cut];
        for (int i = cut; i < order.length; i++) {
            keys[i - cut] = ids[order[i]];
        }
        return keys;
    }

    /** The global term order of prefix filtering: more sentences first, then higher id. */
    private boolean before(int a, int b) {
        int da = terms.documentFrequency(a);
        int db = terms.documentFrequency(b);
        return da != db ? da > db : a > b;
    }

    int termCount() {
        return terms.size();
    }

    /**
     * The k rarest terms that some other sentence shares (a term only one sentence has pairs nothing), ties broken by
     * term for a stable order.
     */
    List<String> rarestTerms(java.util.Collection<String> keys, int k) {
        List<String> sorted = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (terms.documentFrequency(key) >= 2) {
                sorted.add(key);
            }
        }
        sorted.sort(java.util.Comparator.comparingInt((String t) -> terms.documentFrequency(t)).thenComparing(t -> t));
        return sorted.size() <= k ? sorted : sorted.subList(0, k);
    }

}
