package io.crosscheck.gateway.compare;

import java.util.Arrays;
import java.util.List;

/**
 * An article's word shingles for rewrite detection: pairs of consecutive content words (stemmed, synonyms merged;
 * quoted words and names left out, because independent reports of one story quote the same people and name the
 * same actors), hashed. A paraphrase keeps many such
 * pairs while reordering clauses; an independent report of the same event keeps few. The MinHash signature finds
 * candidate pairs by bucket without comparing every pair; the sorted hashes then give exact Jaccard and containment.
 */
final class ShingleSketch {
    static final int SIGNATURE_SIZE = 128;
    private static final long[] SEEDS = new long[SIGNATURE_SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            SEEDS[i] = s;
        }
    }

    private final int[] shingles;
    private final int[] signature;

    private ShingleSketch(int[] shingles) {
        this.shingles = shingles;
        this.signature = new int[SIGNATURE_SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int h : shingles) {
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < signature[i]) {
                    signature[i] = v;
                }
            }
        }
    }

    /** Shingles of the content words of the tokens outside quotation marks. */
    static ShingleSketch of(List<Token> tokens) {
        int[] hashes = new int[tokens.size()];
        int n = 0;
        String previous = null;
        for (Token t : tokens) {
            // Names are the story, shared by every report of it; how the other words follow one another is the text.
            if (!t.content() || t.inQuote() || t.key().startsWith("n:")) {
                continue;
            }
            if (previous != null) {
                hashes[n++] = (int) mix(previous.hashCode() * 0x100000001B3L + t.key().hashCode());
            }
            previous = t.key();
        }
        int[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new ShingleSketch(Arrays.copyOf(sorted, distinct));
    }

    int size() {
        return shingles.length;
    }

    /** Signature value i; two sketches with equal values somewhere are candidates. */
    int signature(int i) {
        return signature[i];
    }

    /** Shingles in common, counted exactly. */
    int common(ShingleSketch other) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < shingles.length && j < other.shingles.length) {
            int c = Integer.compare(shingles[i], other.shingles[j]);
            if (c == 0) {
                n++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The shingles two texts share, from one merge of their sorted hashes.
     *
     * @param jaccard shared over all distinct shingles of the two
     * @param containment how much of the shorter text the longer one holds
     */
    record Overlap(int common, double jaccard, double containment) {
    }

    Overlap overlap(ShingleSketch other) {
        int common = common(other);
        int union = shingles.length + other.shingles.length - common;
        int smaller = Math.min(shingles.length, other.shingles.length);
        return new Overlap(common, union == 0 ? 0 : (double) common / union, smaller == 0 ? 0 : (double) common / smaller);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
