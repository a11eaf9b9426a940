package io.crosscheck.gateway.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares how articles cover a story: which are rewrites of one another, which claims several of them share
 * (clusters of sentences that say the same thing, and of figures that count the same thing with the same value),
 * and where they disagree (different numbers for one fact, a number against its denial, the same words from
 * different speakers). Plain Java over {@link ArticleDigest}s; every step is blocked by shared keys so the cost
 * grows with the number of sentences times their terms, not with all pairs.
 */
public final class CoverageComparer {
    /**
     * A term held by more sentences than this share of them (and at least MIN_BUCKET) does not make candidates: a
     * bound on the work for the rare sentence whose prefix holds only very common terms, at the price of its pairs.
     */
    private static final double COMMON_TERM_SHARE = 0.05;
    private static final int MIN_BUCKET = 20;
    private static final int MAX_BUCKET = 200;
    private static final double MAX_RATIO = 2.5;
    /** Two sentences that share a single rare word ("double", "normal") are not saying the same thing for that. */
    private static final int MIN_SHARED_WORDS = 2;

    private final CompareSettings settings;

    public CoverageComparer(CompareSettings settings) {
        this.settings = settings;
    }

    /** Digests the articles (no cache) and compares them. */
    public Comparison compare(List<CoverageArticle> articles) {
        return compareDigests(articles.stream().map(ArticleDigester::digest).toList());
    }

    Comparison compareDigests(List<ArticleDigest> digests) {
        ComparisonScope scope = new ComparisonScope(digests, settings.window());

        List<RewriteDetector.Pair> rewrites = new RewriteDetector(settings).pairs(digests);
        UnionFind sources = new UnionFind(digests.size());
        rewrites.forEach(p -> sources.union(p.a(), p.b()));
        Map<String, Integer> byOutlet = new HashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            String outlet = digests.get(i).outlet().strip().toLowerCase(Locale.ROOT);
            Integer first = byOutlet.putIfAbsent(outlet, i);
            if (first != null) {
                sources.union(first, i);
            }
        }
        ClusterAssembler assembler = new ClusterAssembler(scope, sources);

        List<List<Integer>> statementGroups = statementClusters(scope);
        List<Comparison.ClaimCluster> clusters = new ArrayList<>();
        Map<Statement, Integer> clusterOf = new IdentityHashMap<>();
        for (List<Integer> group : statementGroups) {
            clusters.add(assembler.statements(group));
            group.forEach(i -> clusterOf.put(scope.statements.get(i), clusters.size() - 1));
        }

        List<Fact> facts = facts(scope);
        List<Comparison.Conflict> conflicts = new ArrayList<>();
        Set<Fact> denied = new HashSet<>();
        for (NegationConflicts.Found found : NegationConflicts.find(scope, facts, settings.disputeSentenceThreshold())) {
            conflicts.add(found.conflict());
            denied.addAll(found.facts());
        }
        Map<String, List<Figure>> figuresByArticle = new HashMap<>();
        digests.forEach(d -> figuresByArticle.put(d.id(), d.figures()));
        List<Comparison.Timeline> timelines = new ArrayList<>();
        for (Fact fact : facts) {
            if (fact.articleIds().size() < 2) {
                continue;
            }
            Comparison.Timeline timeline = Timelines.of(fact);
            if (timeline != null) {
                timelines.add(timeline);
            }
            Comparison.Conflict conflict = denied.contains(fact) ? null : FigureConflicts.of(fact, figuresByArticle);
            if (conflict != null) {
                conflicts.add(conflict);
            }
            for (Fact.ValueSide side : fact.agreeingSides()) {
                if (side.articleIds().size() >= 2 && !withinOneCluster(side, clusterOf)) {
                    clusters.add(assembler.figures(side));
                }
            }
        }
        conflicts.addAll(QuoteConflicts.find(scope));

        clusters.sort(Comparator.comparingInt((Comparison.ClaimCluster c) -> -c.independentOutlets())
                .thenComparingInt(c -> -c.mentions().size()));
        conflicts.sort(Comparator.comparingInt((Comparison.Conflict c) -> c.kind().equals("contradiction") ? 0 : 1)
                .thenComparingInt(c -> -articleCount(c)));
        List<Comparison.ArticleSummary> articles = digests.stream()
                .map(d -> new Comparison.ArticleSummary(d.id(), d.outlet(), d.title(), d.url(), d.published())).toList();
        timelines.sort(Comparator.comparingInt((Comparison.Timeline t) -> -t.points().size()));
        return new Comparison(articles, RewriteDetector.groups(digests, rewrites), clusters, conflicts, List.copyOf(timelines));
    }

    /**
     * Sentences of different articles that say the same thing, by average link over the candidates that prefix
     * filtering gives for the threshold.
     */
    private List<List<Integer>> statementClusters(ComparisonScope scope) {
        int n = scope.statements.size();
        int maxBucket = Math.max(MIN_BUCKET, Math.min(MAX_BUCKET, (int) (n * COMMON_TERM_SHARE)));
        List<int[]> candidates = CandidatePairs.ofIds(n, scope.termCount(),
                i -> scope.prefix(i, settings.statementThreshold()), maxBucket,
                (i, j) -> scope.statementArticle[i] != scope.statementArticle[j]
                        && scope.withinWindow(scope.statementArticle[i], scope.statementArticle[j]));
        return AverageLinkClustering.cluster(n, candidates, scope.statementArticle,
                (i, j) -> scope.sentenceSimilarity(i, j, MIN_SHARED_WORDS), settings.statementThreshold());
    }

    /**
     * Figures grouped into facts: figures of different articles that count the same thing are linked, and linked
     * figures form one fact whatever their values (a disagreement is worth showing as soon as two mentions of one
     * thing differ). The same value of the same counted noun needs less context to link ("the 12-point plan" is the
     * same plan in most sentences that name it). Singletons included.
     */
    private List<Fact> facts(ComparisonScope scope) {
        List<Figure> figures = new ArrayList<>();
        scope.articles.forEach(a -> figures.addAll(a.figures()));
        int[] article = new int[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            article[i] = scope.article(figures.get(i).statement().articleId());
        }
        FigureMatcher matcher = new FigureMatcher(scope);
        List<int[]> candidates = CandidatePairs.of(figures.size(), i -> {
            List<String> keys = new ArrayList<>();
            figures.get(i).thing().forEach(t -> keys.add(figures.get(i).unit() + "|" + t));
            return keys;
        }, MAX_BUCKET, (i, j) -> article[i] != article[j] && scope.withinWindow(article[i], article[j]));
        UnionFind facts = new UnionFind(figures.size());
        for (int[] p : candidates) {
            Figure f = figures.get(p[0]);
            Figure g = figures.get(p[1]);
            boolean sameFigure = f.sameValue(g) && f.counted().stream().anyMatch(g.counted()::contains);
            double threshold = sameFigure ? settings.sameFigureThreshold() : settings.figureThreshold();
            double sentences = f.sameValue(g) ? settings.sameFigureSentenceThreshold() : settings.disputeSentenceThreshold();
            if (scope.similarity(f.statement(), g.statement()) >= sentences && comparableMagnitudes(f, g)
                    && matcher.similarity(f, g) >= threshold) {
                facts.union(p[0], p[1]);
            }
        }
        Map<Integer, List<Figure>> byFact = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            byFact.computeIfAbsent(facts.find(i), k -> new ArrayList<>()).add(figures.get(i));
        }
        return byFact.values().stream().map(Fact::new).toList();
    }

    /**
     * Reports of one count differ, but within a factor ({@link #MAX_RATIO}): "12" and "14", "30" and "40", "40,000" and
     * "60,000". Numbers further apart near the same words ("156 tons" of carbon from an acre, "two billion tons" from
     * all plants) measure different things.
     */
    private static boolean comparableMagnitudes(Figure f, Figure g) {
        double a = Math.abs(f.point());
        double b = Math.abs(g.point());
        if (a == b) {
            return true;
        }
        return Math.min(a, b) > 0 && Math.max(a, b) / Math.min(a, b) <= MAX_RATIO;
    }

    /** The side's figures all stand in sentences of one statement cluster, which already shows them. */
    private static boolean withinOneCluster(Fact.ValueSide side, Map<Statement, Integer> clusterOf) {
        Integer cluster = null;
        for (Figure f : side.figures()) {
            Integer c = clusterOf.get(f.statement());
            if (c == null || (cluster != null && !cluster.equals(c))) {
                return false;
            }
            cluster = c;
        }
        return true;
    }

    private static int articleCount(Comparison.Conflict c) {
        Set<String> ids = new HashSet<>();
        c.sides().forEach(s -> s.mentions().forEach(m -> ids.add(m.articleId())));
        return ids.size();
    }
}
