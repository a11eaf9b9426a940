package io.crosscheck.gateway.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of one comparison with their inverse document frequency over its sentences, so that what every
 * article of a story repeats (the main actors, "plan", "war") weighs little and what few share weighs much.
 */
final class TermSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[64];
    private final int documents;

    TermSpace(List<Statement> statements) {
        documents = statements.size();
        for (Statement s : statements) {
            for (String term : s.terms().keySet()) {
                int id = ids.computeIfAbsent(term, t -> ids.size());
                if (id >= df.length) {
                    df = Arrays.copyOf(df, df.length * 2);
                }
                df[id]++;
            }
        }
    }

    /** The term's id, or -1 when no sentence of this comparison has it. */
    int id(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    int size() {
        return ids.size();
    }

    /** Per term id: whether the term is a word rather than a name. */
    boolean[] words() {
        boolean[] words = new boolean[ids.size()];
        ids.forEach((term, id) -> words[id] = !term.startsWith("n:"));
        return words;
    }

    int documentFrequency(int id) {
        return df[id];
    }

    int documentFrequency(String term) {
        int id = id(term);
        return id < 0 ? 0 : df[id];
    }

    /** Smoothed idf: ln(1 + N / df); a term no sentence has weighs as the rarest. */
    double idf(String term) {
        int d = Math.max(1, documentFrequency(term));
        return Math.log(1 + (double) Math.max(1, documents) / d);
    }

    /** The sentence as a unit-length tf-idf vector. */
    SparseVector vector(Map<String, Integer> terms) {
        int[] vectorIds = new int[terms.size()];
        double[] weights = new double[terms.size()];
        int n = 0;
        for (Map.Entry<String, Integer> e : terms.entrySet()) {
            int id = id(e.getKey());
            if (id < 0) {
                continue;
            }
            vectorIds[n] = id;
            weights[n] = (1 + Math.log(e.getValue())) * idf(e.getKey());
            n++;
        }
        return SparseVector.of(Arrays.copyOf(vectorIds, n), Arrays.copyOf(weights, n));
    }
}
