package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Blocking: the pairs worth scoring are items that share a bucket key (a rare term, a counted thing, a signature
 * value). Keys held by too many items say little and would bring back all-pairs cost, so they are skipped; the
 * work stays near linear in the number of items times their keys.
 */
final class CandidatePairs {
    private CandidatePairs() {
    }

    /** Pairs (i < j) that share a key held by at most maxPerKey items and pass the filter. */
    static List<int[]> of(int n, IntFunction<Iterable<?>> keys, int maxPerKey, PairFilter filter) {
        Map<Object, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Object key : keys.apply(i)) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() < 2 || bucket.size() > maxPerKey) {
                continue;
            }
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int i = Math.min(bucket.get(a), bucket.get(b));
                    int j = Math.max(bucket.get(a), bucket.get(b));
                    if (i != j && filter.test(i, j) && seen.add(((long) i << 32) | j)) {
                        pairs.add(new int[] {i, j});
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
