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

    private static final int SAME_MEASURE_MIN_WORDS = (int) FrameWords.DEFAULT.number("same-measure-min-words");
    private static final double CLOSE_MEASURE_RATIO = FrameWords.DEFAULT.number("close-measure-ratio");
    private static final double CLOSE_MONEY_RATIO = FrameWords.DEFAULT.number("close-money-ratio");
    private static final OtherMeasureRule OTHER_MEASURE = new OtherMeasureRule(FrameWords.DEFAULT);
    private static final Set<String> MOVING_MEASURE_KEYS = FrameWords.DEFAULT.keys("moving-measure-words");
    private static final Set<String> UNINFORMATIVE_MEASURE_WORDS = FrameWords.DEFAULT.entries("uninformative-measure-words")
            .stream().flatMap(line -> java.util.Arrays.stream(line.split("\\s+"))).collect(java.util.stream.Collectors.toSet());

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

        Map<Statement, List<Figure>> figuresOf = new IdentityHashMap<>();
        digests.forEach(d -> d.figures().forEach(f -> figuresOf.computeIfAbsent(f.statement(), k -> new ArrayList<>()).add(f)));
        List<List<Integer>> statementGroups = statementClusters(scope, figuresOf);
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
     * Sentences of different articles that say the same thing, by average link. Candidates come from two blocks:
     * prefix filtering of the tf-idf vectors for the word threshold, and shared band keys of the sentence
     * embeddings (a paraphrase that shares few words). A pair's similarity is the larger of its word cosine and its
     * embedding cosine, each divided by its own threshold, so 1 is "the same claim" on either scale. Embeddings rate
     * "12 dead" and "14 dead" as alike as two wordings of one figure: they only propose, and a figure of the same
     * kind whose value the other sentence does not give keeps the pair apart (that is a conflict, not one claim).
     */
    private List<List<Integer>> statementClusters(ComparisonScope scope, Map<Statement, List<Figure>> figuresOf) {
        int n = scope.statements.size();
        int maxBucket = Math.max(MIN_BUCKET, Math.min(MAX_BUCKET, (int) (n * COMMON_TERM_SHARE)));
        CandidatePairs.PairFilter differentArticles = (i, j) -> scope.statementArticle[i] != scope.statementArticle[j]
                && !scope.splitIntoClauses[i] && !scope.splitIntoClauses[j]
                && scope.withinWindow(scope.statementArticle[i], scope.statementArticle[j]);
        List<int[]> candidates = new ArrayList<>(CandidatePairs.ofIds(n, scope.termCount(),
                i -> scope.prefix(i, settings.statementThreshold()), maxBucket, differentArticles));
        Set<Long> byWords = new HashSet<>();
        candidates.forEach(p -> byWords.add(((long) p[0] << 32) | p[1]));
        for (int[] p : CandidatePairs.ofLongs(n, i -> embeddingKeys(scope, i), maxBucket, differentArticles)) {
            if (byWords.add(((long) p[0] << 32) | p[1])) {
                candidates.add(p);
            }
        }
        double words = settings.statementThreshold();
        double meaning = settings.embeddingThreshold();
        return AverageLinkClustering.cluster(n, candidates, scope.statementArticle, (i, j) -> {
            if (figuresDisagree(figuresIn(scope.statements.get(i), figuresOf), figuresIn(scope.statements.get(j), figuresOf))) {
                return 0;
            }
            double wordScore = scope.sentenceSimilarity(i, j, MIN_SHARED_WORDS) / words;
            double cosine = scope.embeddingSimilarity(i, j);
            return Double.isNaN(cosine) ? wordScore : Math.max(wordScore, cosine / meaning);
        }, 1.0);
    }

    /** The figures a unit states: its sentence's, or for a clause those within the clause. */
    private static List<Figure> figuresIn(Statement unit, Map<Statement, List<Figure>> figuresOf) {
        if (unit.sentenceOf() == null) {
            return figuresOf.get(unit);
        }
        List<Figure> all = figuresOf.get(unit.sentenceOf());
        if (all == null) {
            return null;
        }
        int start = unit.mention().start();
        int end = unit.mention().end();
        return all.stream().filter(f -> f.mention().start() >= start && f.mention().end() <= end).toList();
    }

    private long[] embeddingKeys(ComparisonScope scope, int statement) {
        float[] v = scope.embeddings[statement];
        return v == null ? new long[0] : SentenceVectors.bandKeys(v, settings.embeddingBands(), settings.embeddingBits());
    }

    /**
     * Whether two sentences give figures of one unit with no value in common ("12 dead" against "14 dead"): then
     * they are not one claim said twice, whatever their wording.
     */
    static boolean figuresDisagree(List<Figure> a, List<Figure> b) {
        if (a == null || b == null) {
            return false;
        }
        for (Figure f : a) {
            boolean unitShared = false;
            boolean valueShared = false;
            for (Figure g : b) {
                if (f.unit().equals(g.unit())) {
                    unitShared = true;
                    valueShared |= f.sameValue(g);
                }
            }
            if (unitShared && !valueShared
                    && a.stream().noneMatch(x -> x.unit().equals(f.unit()) && b.stream().anyMatch(x::sameValue))) {
                return true;
            }
        }
        return false;
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
            Figure f = figures.get(i);
            List<String> keys = new ArrayList<>();
            f.thing().forEach(t -> keys.add(f.unit() + "|" + t));
            if (specificMeasure(f)) {
                keys.add(f.unit() + "@" + f.frame().measure());
            }
            if (f.frame().physical() && !f.frame().measure().isEmpty()) {
                keys.addAll(closeValueKeys(f.unit() + "@physical", f.point(), CLOSE_MEASURE_RATIO));
            }
            if (!f.frame().currency().isEmpty()) {
                keys.addAll(closeValueKeys(f.unit() + "@money", f.point(), CLOSE_MONEY_RATIO));
            }
            if (!f.unit().isEmpty()) {
                // A value with a unit ("£40 billion", "4.1%") is specific enough to propose its own pairs.
                keys.add(f.unit() + "=" + Double.toString(f.point()));
            }
            return keys;
        }, MAX_BUCKET, (i, j) -> article[i] != article[j] && scope.withinWindow(article[i], article[j]));
        // Links, most similar first, so that when two links cannot both hold the stronger one is kept.
        List<double[]> links = new ArrayList<>();
        for (int[] p : candidates) {
            Figure f = figures.get(p[0]);
            Figure g = figures.get(p[1]);
            boolean sameFigure = f.sameValue(g) && f.counted().stream().anyMatch(g.counted()::contains);
            double threshold = sameFigure ? settings.sameFigureThreshold() : settings.figureThreshold();
            double sentences = f.sameValue(g) ? settings.sameFigureSentenceThreshold() : settings.disputeSentenceThreshold();
            double similarity = matcher.similarity(f, g);
            if (scope.similarity(f.statement(), g.statement()) >= sentences && comparableMagnitudes(f, g)
                    && similarity >= threshold || sameStatedFigure(scope, f, g)
                    || sameMeasureFrame(f, g) || closePhysicalMeasures(f, g) || closeSums(f, g)) {
                links.add(new double[] {similarity, p[0], p[1]});
            }
        }
        links.sort((x, y) -> Double.compare(y[0], x[0]));
        UnionFind facts = new UnionFind(figures.size());
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            members.put(i, new ArrayList<>(List.of(i)));
        }
        for (double[] link : links) {
            int a = facts.find((int) link[1]);
            int b = facts.find((int) link[2]);
            if (a == b || twoValuesOfOneArticle(members.get(a), members.get(b), figures, article)) {
                continue;
            }
            facts.union(a, b);
            int root = facts.find(a);
            List<Integer> merged = members.remove(a == root ? b : a);
            members.get(root).addAll(merged);
        }
        Map<Integer, List<Figure>> byFact = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            byFact.computeIfAbsent(facts.find(i), k -> new ArrayList<>()).add(figures.get(i));
        }
        return byFact.values().stream().map(Fact::new).toList();
    }

    /**
     * Whether joining two groups of figures would give one fact two different values from one article. An article
     * states a fact once; two different numbers in it are two things ("28 children" and "at least 52 people" in
     * one report), so links between figures of different articles must not chain them into one fact: the link that
     * would is dropped (the stronger links came first). An article giving a fact's earlier and later value marks
     * them as versions, and those may share a fact.
     */
    private static boolean twoValuesOfOneArticle(List<Integer> a, List<Integer> b, List<Figure> figures, int[] article) {
        for (int i : a) {
            Figure f = figures.get(i);
            for (int j : b) {
                Figure g = figures.get(j);
                if (article[i] == article[j] && !f.sameValue(g)
                        && f.version() == Figure.Version.NONE && g.version() == Figure.Version.NONE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The extractor's frames give both figures one specific measure ("crew member", "person kill"): the same thing
     * counted the same way, whatever else their sentences say. Their values must still be of one magnitude and
     * nothing may set them apart (another event, another scope, other words of what happened next to the numbers).
     */
    private static boolean sameMeasureFrame(Figure f, Figure g) {
        return specificMeasure(f) && !movingMeasure(f) && f.frame().measure().equals(g.frame().measure())
                && comparableMagnitudes(f, g) && FigureMatcher.compatible(f, g);
    }

    /**
     * A measure of a story still unfolding (the dead, the missing, the displaced): such counts come in parts (one
     * district's dead, one country's) and move between reports, so one measure key does not make them one fact;
     * their words must agree (FigureMatcher).
     */
    private static boolean movingMeasure(Figure f) {
        return OtherMeasureRule.keys(f.frame().measure()).stream().anyMatch(MOVING_MEASURE_KEYS::contains);
    }

    /** The measure key has enough words once the words of reporting and belief are dropped ("person fear": one). */
    private static boolean specificMeasure(Figure f) {
        int words = 0;
        for (String word : f.frame().measure().split(" ")) {
            if (!word.isEmpty() && !UNINFORMATIVE_MEASURE_WORDS.contains(word)) {
                words++;
            }
        }
        return words >= SAME_MEASURE_MIN_WORDS;
    }

    /**
     * Two physical measures of one dimension with close values, both with a measure the frames do not set apart:
     * "a 1.9-mile span" and "the 1.6-mile structure" in reports of one event are one length reported two ways. Within
     * one story a length, depth or temperature is rarely given twice for different things at nearly the same value,
     * and measure classes keep "deep" from "long" where the frames name them.
     */
    private static boolean closePhysicalMeasures(Figure f, Figure g) {
        if (!f.frame().physical() || !g.frame().physical() || f.frame().measure().isEmpty() || g.frame().measure().isEmpty()
                || !FigureMatcher.compatible(f, g) || OTHER_MEASURE.apart(f, g)) {
            return false;
        }
        return withinRatio(f, g, CLOSE_MEASURE_RATIO);
    }

    /**
     * Two sums of money in one currency that differ by a hair ("$262 million" and "US$260 million", "£200m" and
     * "£198m"): different amounts that close are one amount converted or rounded differently far more often than two
     * things, within one comparison. Frames must not set them apart.
     */
    private static boolean closeSums(Figure f, Figure g) {
        if (f.frame().currency().isEmpty() || !f.frame().currency().equals(g.frame().currency())
                || !FigureMatcher.compatible(f, g) || OTHER_MEASURE.apart(f, g)) {
            return false;
        }
        return withinRatio(f, g, CLOSE_MONEY_RATIO);
    }

    private static boolean withinRatio(Figure f, Figure g, double ratio) {
        double a = Math.abs(f.point());
        double b = Math.abs(g.point());
        return Math.min(a, b) > 0 && Math.max(a, b) / Math.min(a, b) <= ratio;
    }

    /**
     * Blocking keys under which two values within the ratio meet: the value's bucket on a log scale of that ratio
     * and the next one (two values within the ratio lie in one bucket or in neighbours).
     */
    private static List<String> closeValueKeys(String prefix, double value, double ratio) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return List.of();
        }
        long bucket = (long) Math.floor(Math.log(Math.abs(value)) / Math.log(ratio));
        return List.of(prefix + bucket, prefix + (bucket + 1));
    }

    /**
     * The same value in the same unit in two sentences that mean nearly the same (by their embeddings): one figure
     * stated twice in different words ("a £40 billion tax increase", "taxes rise by £40bn"). Plain counts need their
     * counted words to agree as well, since small numbers recur everywhere.
     */
    private boolean sameStatedFigure(ComparisonScope scope, Figure f, Figure g) {
        if (f.unit().isEmpty() || !f.unit().equals(g.unit()) || !f.sameValue(g) || f.bound() != g.bound()) {
            return false;
        }
        double cosine = scope.embeddingSimilarity(scope.index(f.statement()), scope.index(g.statement()));
        return !Double.isNaN(cosine) && cosine >= settings.sameFigureEmbeddingThreshold();
    }

    /**
     * Reports of one count differ, but within a factor ({@link #MAX_RATIO}): "12" and "14", "30" and "40", "40,000" and
     * "60,000". Numbers further apart near the same words ("156 tons" of carbon from an acre, "two billion tons" from
     * all plants) measure different things.
     */
    private static boolean comparableMagnitudes(Figure f, Figure g) {
        return Math.abs(f.point()) == Math.abs(g.point()) || withinRatio(f, g, MAX_RATIO);
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
