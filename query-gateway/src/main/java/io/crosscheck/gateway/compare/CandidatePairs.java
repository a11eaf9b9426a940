package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Blocking: the pairs worth scoring are items that share a bucket key (a rare term, a counted thing, a signature
 * value). Keys held by too many items say little and would bring back all-pairs cost, so they are skipped; the
 * work stays near linear in the number of items times their keys.
 */
final class CandidatePairs {
    private CandidatePairs() {
    }

    /** Pairs (i < j) that share a key held by at most maxPerKey items and pass the filter, each once. */
    static List<int[]> of(int n, IntFunction<Iterable<?>> keys, int maxPerKey, PairFilter filter) {
        Map<Object, List<Integer>> buckets = new HashMap<>();
        List<List<List<Integer>>> bucketsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<List<Integer>> mine = new ArrayList<>();
            for (Object key : keys.apply(i)) {
                List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>());
                bucket.add(i);
                mine.add(bucket);
            }
            bucketsOf.add(mine);
        }
        // Each item marks the partners it has already paired with: no set of pairs to hash.
        int[] pairedWith = new int[n];
        Arrays.fill(pairedWith, -1);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (List<Integer> bucket : bucketsOf.get(i)) {
                if (bucket.size() < 2 || bucket.size() > maxPerKey) {
                    continue;
                }
                for (int j : bucket) {
                    if (j > i && pairedWith[j] != i) {
                        pairedWith[j] = i;
                        if (filter.test(i, j)) {
                            pairs.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * The same for keys that are small dense ids (term ids): buckets are arrays indexed by id, with no hashing or
     * boxing, which matters on the hot path of every comparison.
     */
    static List<int[]> ofIds(int n, int idCount, IntFunction<int[]> keys, int maxPerKey, PairFilter filter) {
        int[][] keysOf = new int[n][];
        int[] size = new int[idCount];
        for (int i = 0; i < n; i++) {
            keysOf[i] = keys.apply(i);
            for (int k : keysOf[i]) {
                size[k]++;
            }
        }
        int[][] buckets = new int[idCount][];
        for (int k = 0; k < idCount; k++) {
            buckets[k] = size[k] >= 2 && size[k] <= maxPerKey ? new int[size[k]] : null;
            size[k] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int k : keysOf[i]) {
                if (buckets[k] != null) {
                    buckets[k][size[k]++] = i;
                }
            }
        }
        int[] pairedWith = new int[n];
        Arrays.fill(pairedWith, -1);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k : keysOf[i]) {
                int[] bucket = buckets[k];
                if (bucket == null) {
                    continue;
                }
                for (int j : bucket) {
                    if (j > i && pairedWith[j] != i) {
                        pairedWith[j] = i;
                        if (filter.test(i, j)) {
                            pairs.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    @FunctionalInterface
    interface PairFilter {
        boolean test(int i, int j);
    }
}
