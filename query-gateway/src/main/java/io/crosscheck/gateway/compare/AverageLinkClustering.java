package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Average-link agglomerative clustering over a sparse set of candidate pairs: pairs are taken from the most similar
 * down, and two clusters merge only when the average similarity over all their cross-article member pairs reaches
 * the threshold. Unlike single link, one loose pair cannot chain two different stories into one cluster.
 */
final class AverageLinkClustering {
    /** Clusters larger than this stop growing: a claim many sources repeat needs no more mentions to be seen. */
    private static final int MAX_CLUSTER = 120;

    @FunctionalInterface
    interface Similarity {
        double of(int i, int j);
    }

    private AverageLinkClustering() {
    }

    /**
     * @param group the article of each item: pairs within one article neither link nor count in averages
     * @return clusters of at least two items, members in item order
     */
    static List<List<Integer>> cluster(int n, List<int[]> candidates, int[] group, Similarity measure, double threshold) {
        // Averages revisit the same member pairs at every merge attempt; each pair is measured once.
        Similarity similarity = memoised(measure);
        // Pairs at or above the threshold, most similar first, as sortable longs: the similarity's rank in the high
        // bits, the candidate's index (a deterministic tie-break) in the low bits.
        long[] order = new long[candidates.size()];
        int scored = 0;
        for (int c = 0; c < candidates.size(); c++) {
            int[] p = candidates.get(c);
            if (group[p[0]] == group[p[1]]) {
                continue;
            }
            double s = similarity.of(p[0], p[1]);
            if (s >= threshold) {
                // s / (1 + s) keeps the order of similarities above 1 (a scale whose threshold is 1).
                long rank = (long) ((1.0 - s / (1.0 + s)) * Integer.MAX_VALUE);
                order[scored++] = (rank << 32) | c;
            }
        }
        Arrays.sort(order, 0, scored);
        int[] clusterOf = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            List<Integer> own = new ArrayList<>();
            own.add(i);
            members.add(own);
        }
        for (int k = 0; k < scored; k++) {
            int[] p = candidates.get((int) order[k]);
            int a = clusterOf[p[0]];
            int b = clusterOf[p[1]];
            if (a == b || members.get(a).size() + members.get(b).size() > MAX_CLUSTER) {
                continue;
            }
            if (average(members.get(a), members.get(b), group, similarity) < threshold) {
                continue;
            }
            List<Integer> into = members.get(a);
            for (int m : members.get(b)) {
                into.add(m);
                clusterOf[m] = a;
            }
            members.set(b, List.of());
        }
        List<List<Integer>> out = new ArrayList<>();
        for (List<Integer> m : members) {
            if (m.size() > 1) {
                m.sort(Integer::compare);
                out.add(m);
            }
        }
        return out;
    }

    private static Similarity memoised(Similarity measure) {
        Map<Long, Double> known = new HashMap<>();
        return (i, j) -> {
            long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
            Double s = known.get(key);
            if (s == null) {
                s = measure.of(i, j);
                known.put(key, s);
            }
            return s;
        };
    }

    private static double average(List<Integer> a, List<Integer> b, int[] group, Similarity similarity) {
        double sum = 0;
        int pairs = 0;
        for (int i : a) {
            for (int j : b) {
                if (group[i] != group[j]) {
                    sum += similarity.of(i, j);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
