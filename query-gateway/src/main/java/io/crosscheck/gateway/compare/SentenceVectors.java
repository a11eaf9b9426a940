package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.SentenceEmbedding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.WeakHashMap;

/**
 * The sentence embeddings extraction stored with an article's claims (int8, normalised), decoded for comparison,
 * and their locality-sensitive signatures: random hyperplanes (Charikar's SimHash) cut into bands, so that sentences
 * whose vectors point the same way share a band key with high probability and unrelated ones rarely do. Candidate
 * pairs come from shared band keys, never from all pairs.
 */
final class SentenceVectors {
    static final long HYPERPLANE_SEED = 0x5EED_C0DEL;
    private static volatile Hyperplanes hyperplanes;

    private SentenceVectors() {
    }

    /** One fact clause of a sentence with its vector (see the contract's SentenceEmbedding.clause_span). */
    record ClauseVector(int start, int end, float[] vector) {
    }

    /** Decoded whole-sentence vectors by sentence span key (start << 32 | end); empty when the claims carry none. */
    static Map<Long, float[]> bySentence(ClaimSet claims) {
        Map<Long, float[]> out = new HashMap<>();
        for (SentenceEmbedding e : claims.getSentenceEmbeddingsList()) {
            float[] v = decode(e);
            if (v != null && !e.hasClauseSpan()) {
                out.put(key(e), v);
            }
        }
        return out;
    }

    /** The fact clauses of each sentence that states several, by sentence span key, in text order. */
    static Map<Long, List<ClauseVector>> clausesBySentence(ClaimSet claims) {
        Map<Long, List<ClauseVector>> out = new HashMap<>();
        for (SentenceEmbedding e : claims.getSentenceEmbeddingsList()) {
            float[] v = decode(e);
            if (v != null && e.hasClauseSpan()) {
                out.computeIfAbsent(key(e), k -> new ArrayList<>()).add(new ClauseVector(e.getClauseSpan().getStart(),
                        e.getClauseSpan().getEnd(), v));
            }
        }
        return out;
    }

    private static long key(SentenceEmbedding e) {
        return ((long) e.getSentenceSpan().getStart() << 32) | e.getSentenceSpan().getEnd();
    }

    private static float[] decode(SentenceEmbedding e) {
        byte[] q = e.getQuantized().toByteArray();
        if (q.length == 0) {
            return null;
        }
        float[] v = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            v[i] = q[i] / 127f;
        }
        return v;
    }

    /** Cosine of two decoded vectors (they are normalised before quantisation, so the dot product). */
    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return Double.NaN;
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /**
     * The band keys of a vector: bands × bits hyperplane signs, one key per band (band index in the high bits).
     * Two vectors at angle θ agree on a sign with probability 1 − θ/π, so on a whole band of b bits with
     * (1 − θ/π)^b: near paraphrases (cosine 0.75) meet in some band of 16 × 8 bits nine times in ten, unrelated
     * sentences (cosine 0.2) one time in seven.
     */
    static long[] bandKeys(float[] v, int bands, int bits) {
        BandKeys known = BAND_KEYS.get(v);
        if (known != null && known.bands() == bands && known.bits() == bits) {
            return known.keys();
        }
        long[] keys = computeBandKeys(v, bands, bits);
        BAND_KEYS.put(v, new BandKeys(bands, bits, keys));
        return keys;
    }

    private record BandKeys(int bands, int bits, long[] keys) {
    }

    /**
     * Band keys by vector. A vector's keys depend only on it and the process's fixed hyperplanes, and a vector lives
     * as long as its article's cached digest, so each is cut into keys once rather than at every comparison (it was
     * a tenth of a comparison's time). Weak keys, compared by identity (an array's equals): a vector evicted with its
     * digest frees its keys.
     */
    private static final Map<float[], BandKeys> BAND_KEYS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * All bands × bits projections in one pass over the vector: for each dimension, every plane's running sum takes its
     * share at once. That inner loop over planes has no dependency between iterations, so the JIT turns it into SIMD
     * instructions, where one dot product per plane (a sum into one variable) runs a multiply-add at a time: the
     * keys of a statement cost a few microseconds instead of about fifty (a quarter of a cold comparison at 100,000
     * articles, measured with compare-benchmark.sh and a profile).
     */
    private static long[] computeBandKeys(float[] v, int bands, int bits) {
        int count = bands * bits;
        Hyperplanes planes = hyperplanes(v.length, count);
        float[] sums = new float[count];
        float[] byDimension = planes.byDimension();
        int stride = planes.count();
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            if (x == 0f) {
                continue;
            }
            int row = i * stride;
            for (int j = 0; j < count; j++) {
                sums[j] += byDimension[row + j] * x;
            }
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long key = (long) b << 32;
            for (int k = 0; k < bits; k++) {
                if (sums[b * bits + k] >= 0) {
                    key |= 1L << k;
                }
            }
            keys[b] = key;
        }
        return keys;
    }

    /**
     * One fixed set of Gaussian hyperplanes per process (seeded, so every comparison blocks alike), stored dimension
     * by dimension: {@code byDimension[i * count + j]} is coordinate i of plane j.
     */
    private record Hyperplanes(int dimensions, int count, float[] byDimension) {
    }

    private static Hyperplanes hyperplanes(int dimensions, int count) {
        Hyperplanes planes = hyperplanes;
        if (planes == null || planes.count() < count || planes.dimensions() != dimensions) {
            Random random = new Random(HYPERPLANE_SEED);
            float[] byDimension = new float[dimensions * count];
            // Drawn plane by plane, as before the layout changed, so that the planes (and every key) stay the same.
            for (int j = 0; j < count; j++) {
                for (int i = 0; i < dimensions; i++) {
                    byDimension[i * count + j] = (float) random.nextGaussian();
                }
            }
            planes = new Hyperplanes(dimensions, count, byDimension);
            hyperplanes = planes;
        }
        return planes;
    }
}
