package io.crosscheck.gateway.compare;

/** A unit-length vector of term weights sorted by term id; the dot product of two is their cosine similarity. */
final class SparseVector {
    private final int[] ids;
    private final double[] weights;

    private SparseVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    static SparseVector of(int[] ids, double[] weights) {
        // Insertion sort by id: sentences hold tens of terms.
        for (int i = 1; i < ids.length; i++) {
            int id = ids[i];
            double w = weights[i];
            int j = i - 1;
            while (j >= 0 && ids[j] > id) {
                ids[j + 1] = ids[j];
                weights[j + 1] = weights[j];
                j--;
            }
            ids[j + 1] = id;
            weights[j + 1] = w;
        }
        double norm = 0;
        for (double w : weights) {
            norm += w * w;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= norm;
            }
        }
        return new SparseVector(ids, weights);
    }

    int[] ids() {
        return ids;
    }

    double weight(int index) {
        return weights[index];
    }

    double cosine(SparseVector other) {
        return cosine(other, 1, null);
    }

    /** The cosine, or 0 when the vectors share fewer than minShared terms that count (all count when null). */
    double cosine(SparseVector other, int minShared, boolean[] counts) {
        double dot = 0;
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                if (counts == null || counts[ids[i]]) {
                    shared++;
                }
                dot += weights[i++] * other.weights[j++];
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= minShared ? dot : 0;
    }
}
