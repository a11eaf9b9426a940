package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds articles derived from one another or from one source text. Candidates share a MinHash signature value
 * (one-row bands: even a paraphrase with low shingle overlap shares some); each candidate pair is then measured
 * exactly. A pair is a rewrite when one nearly contains the other, or when its overlap clears a floor and stands
 * out against both articles' overlap with their other nearest neighbours: reports of one event by independent
 * outlets overlap too, but evenly; a rewrite overlaps its source several times more. Pairs join into groups by
 * union-find.
 */
final class RewriteDetector {
    private static final int NEIGHBOURS = 3;
    private static final int ALL_PAIRS_UP_TO = 20;
    /** Shingles two texts must share before their overlap means anything: short texts share a few by chance. */
    private static final int MIN_COMMON = 8;

    /** A pair of articles (indexes into the comparison) found to be rewrites. */
    record Pair(int a, int b, double jaccard, double containment) {
    }

    private final CompareSettings settings;

    RewriteDetector(CompareSettings settings) {
        this.settings = settings;
    }

    List<Pair> pairs(List<ArticleDigest> articles) {
        int n = articles.size();
        CandidatePairs.PairFilter measurable = (i, j) -> articles.get(i).sketch().size() > 0 && articles.get(j).sketch().size() > 0;
        // Few articles: measure every pair, so each article's neighbours are all known. Many: only pairs that share a
        // signature value, which every pair with real overlap does.
        List<int[]> candidates = n <= ALL_PAIRS_UP_TO ? allPairs(n, measurable)
                : CandidatePairs.ofLongs(n, i -> signatureKeys(articles.get(i).sketch()), Integer.MAX_VALUE, measurable);
        double[][] top = new double[n][NEIGHBOURS + 1];
        Map<Long, ShingleSketch.Overlap> measured = new LinkedHashMap<>();
        for (int[] p : candidates) {
            ShingleSketch.Overlap overlap = articles.get(p[0]).sketch().overlap(articles.get(p[1]).sketch());
            measured.put(((long) p[0] << 32) | p[1], overlap);
            keepTop(top[p[0]], overlap.jaccard());
            keepTop(top[p[1]], overlap.jaccard());
        }
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<Long, ShingleSketch.Overlap> e : measured.entrySet()) {
            int a = (int) (e.getKey() >>> 32);
            int b = (int) (long) e.getKey();
            double jaccard = e.getValue().jaccard();
            double containment = e.getValue().containment();
            if (e.getValue().common() < MIN_COMMON) {
                continue;
            }
            boolean nearCopy = containment >= settings.nearCopyContainment();
            boolean standsOut = jaccard >= settings.rewriteFloor()
                    && jaccard >= settings.rewriteMargin() * background(top[a], jaccard)
                    && jaccard >= settings.rewriteMargin() * background(top[b], jaccard);
            // Independent reports of one event share names, numbers and stock phrases, so their shingles can stand
            // out too; a rewrite also follows its source sentence by sentence. Without embeddings there is no
            // such evidence and the shingles decide alone.
            // Measured only for the pairs it decides: every sentence against every other is the costliest step.
            if (nearCopy || standsOut && followsInOrder(articles.get(a), articles.get(b))) {
                out.add(new Pair(a, b, jaccard, containment));
            }
        }
        out.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        return out;
    }

    private boolean followsInOrder(ArticleDigest a, ArticleDigest b) {
        double aligned = alignedShare(a, b);
        return Double.isNaN(aligned) || aligned >= settings.rewriteAlignedShare();
    }

    /**
     * The share of the shorter article's sentences that have a counterpart in the other, taken in order: each
     * sentence of one is matched to its most similar sentence of the other (embedding cosine at least the
     * alignment threshold), and the longest run of matches whose positions rise in both texts is counted. NaN when
     * either article has no sentence embeddings.
     */
    double alignedShare(ArticleDigest x, ArticleDigest y) {
        List<float[]> a = sentenceVectors(x);
        List<float[]> b = sentenceVectors(y);
        if (a.isEmpty() || b.isEmpty() || !x.embeddingModel().equals(y.embeddingModel())) {
            return Double.NaN;
        }
        int[] tails = new int[a.size()];
        int longest = 0;
        for (float[] v : a) {
            int match = -1;
            double best = settings.rewriteAlignedCosine();
            for (int j = 0; j < b.size(); j++) {
                double c = SentenceVectors.cosine(v, b.get(j));
                if (c >= best) {
                    best = c;
                    match = j;
                }
            }
            if (match < 0) {
                continue;
            }
            // Longest strictly rising subsequence of matched positions (patience sorting).
            int lo = 0;
            int hi = longest;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < match) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = match;
            longest = Math.max(longest, lo + 1);
        }
        return (double) longest / Math.min(a.size(), b.size());
    }

    /** The whole-sentence vectors of an article in text order (clauses left out). */
    private static List<float[]> sentenceVectors(ArticleDigest d) {
        List<float[]> out = new ArrayList<>();
        for (Statement s : d.statements()) {
            if (s.sentenceOf() == null && s.embedding() != null) {
                out.add(s.embedding());
            }
        }
        return out;
    }

    private static List<int[]> allPairs(int n, CandidatePairs.PairFilter filter) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (filter.test(i, j)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /** Rewrite pairs joined into groups, each with the mean similarity of its pairs. */
    static List<Comparison.RewriteGroup> groups(List<ArticleDigest> articles, List<Pair> pairs) {
        UnionFind sets = new UnionFind(articles.size());
        pairs.forEach(p -> sets.union(p.a(), p.b()));
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Comparison.RewriteGroup> out = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            if (m.size() < 2) {
                continue;
            }
            int root = sets.find(m.get(0));
            double jaccard = 0;
            double containment = 0;
            int n = 0;
            for (Pair p : pairs) {
                if (sets.find(p.a()) == root) {
                    jaccard += p.jaccard();
                    containment += p.containment();
                    n++;
                }
            }
            out.add(new Comparison.RewriteGroup(m.stream().map(i -> articles.get(i).id()).toList(),
                    round(jaccard / n), round(containment / n)));
        }
        return out;
    }

    /** The mean of an article's nearest-neighbour similarities other than the pair's own. */
    private static double background(double[] top, double own) {
        double sum = 0;
        int n = 0;
        boolean skipped = false;
        for (int i = 0; i < NEIGHBOURS + 1; i++) {
            if (!skipped && top[i] == own) {
                skipped = true;
                continue;
            }
            if (n < NEIGHBOURS) {
                sum += top[i];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Keeps the largest values seen, descending. */
    private static void keepTop(double[] top, double value) {
        for (int i = 0; i < top.length; i++) {
            if (value > top[i]) {
                System.arraycopy(top, i, top, i + 1, top.length - i - 1);
                top[i] = value;
                return;
            }
        }
    }

    private static long[] signatureKeys(ShingleSketch sketch) {
        long[] keys = new long[ShingleSketch.SIGNATURE_SIZE];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ((long) i << 32) | (sketch.signature(i) & 0xFFFFFFFFL);
        }
        return keys;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
