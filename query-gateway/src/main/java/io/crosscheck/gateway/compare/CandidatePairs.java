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

    /**
     * The same for 64-bit keys (embedding band keys, signature values): each key is given a dense id through a
     * primitive hash table and the pairs come from {@link #ofIds}, in the same order {@link #of} gives them. The
     * inner loop then walks int arrays: for texts that share most keys (rewrites, stories told from one template)
     * it is the hottest loop of a comparison, and boxed buckets made it several times slower.
     */
    static List<int[]> ofLongs(int n, IntFunction<long[]> keys, int maxPerKey, PairFilter filter) {
        int[][] ids = new int[n][];
        DenseIds dense = new DenseIds(Math.max(16, n * 8));
        for (int i = 0; i < n; i++) {
            long[] k = keys.apply(i);
            int[] d = new int[k.length];
            for (int j = 0; j < k.length; j++) {
                d[j] = dense.idOf(k[j]);
            }
            ids[i] = d;
        }
        return ofIds(n, dense.size(), i -> ids[i], maxPerKey, filter);
    }

    /** Long keys to ids 0, 1, 2… in order of first sight: open addressing, linear probing, doubling at half full. */
    private static final class DenseIds {
        private long[] keys;
        private int[] ids;
        private boolean[] used;
        private int size;

        DenseIds(int expected) {
            int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
            keys = new long[capacity];
            ids = new int[capacity];
            used = new boolean[capacity];
        }

        int idOf(long key) {
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    return ids[slot];
                }
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            ids[slot] = size;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = mix(oldKeys[i]) & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    ids[slot] = oldIds[i];
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    @FunctionalInterface
    interface PairFilter {
        boolean test(int i, int j);
    }
}
