package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    static List<List<Integer>> cluster(int n, List<int[]> candidates, int[] group, Similarity similarity, double threshold) {
        List<double[]> scored = new ArrayList<>();
        for (int[] p : candidates) {
            if (group[p[0]] == group[p[1]]) {
                continue;
            }
            double s = similarity.of(p[0], p[1]);
            if (s >= threshold) {
                scored.add(new double[] {s, p[0], p[1]});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] d) -> d[0]).reversed()
                .thenComparingDouble(d -> d[1]).thenComparingDouble(d -> d[2]));
        int[] clusterOf = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            List<Integer> own = new ArrayList<>();
            own.add(i);
            members.add(own);
        }
        for (double[] s : scored) {
            int a = clusterOf[(int) s[1]];
            int b = clusterOf[(int) s[2]];
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
