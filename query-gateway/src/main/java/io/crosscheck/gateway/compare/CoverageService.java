package io.crosscheck.gateway.compare;

import io.crosscheck.article.v1.Article;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.domain.ArticleWithClaims;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.crosscheck.gateway.domain.ClaimSources;
import io.crosscheck.gateway.domain.FanOutResult;
import io.crosscheck.gateway.domain.MissingArticle;
import io.crosscheck.gateway.domain.PossiblyStale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Compares the coverage of a set of articles across the backends: finds the articles (by id or by search), gets
 * their current claims through the fan-out (stored, or extracted in parallel on the bounded pool), digests each
 * article once (cached; texts are read only for articles whose digest is missing, in parallel with a bound) and runs
 * the {@link CoverageComparer}. An article that could not be covered is listed as missing with the reason.
 */
public final class CoverageService {
    /** The result, the articles it could not cover, and those compared with claims that may be stale. */
    public record Outcome(Comparison comparison, List<MissingArticle> missing, List<PossiblyStale> possiblyStale) {
        public Outcome(Comparison comparison, List<MissingArticle> missing) {
            this(comparison, missing, List.of());
        }
    }

    private final ClaimSources sources;
    private final ClaimFanOut fanOut;
    private final DigestCache cache;
    private final LruCache<Comparison> answers;
    private final ExecutorService textPool;
    private final CoverageComparer comparer;
    private final Function<Throwable, String> describeFailure;
    private final Function<Throwable, MissingArticle.Cause> classifyFailure;
    private final Predicate<Throwable> notFound;

    /**
     * @param answers whole comparisons by the articles they compared (see answerKey); capacity 0 keeps none
     * @param textPool bounds how many article texts are read and digested at once
     * @param describeFailure turns a backend failure into a reason a user can read
     * @param classifyFailure tells what a failure means for the article (see {@link MissingArticle.Cause})
     * @param notFound tells a backend's "no such article" from other failures
     */
    public CoverageService(ClaimSources sources, ClaimFanOut fanOut, DigestCache cache, LruCache<Comparison> answers,
            ExecutorService textPool, CoverageComparer comparer, Function<Throwable, String> describeFailure,
            Function<Throwable, MissingArticle.Cause> classifyFailure, Predicate<Throwable> notFound) {
        this.sources = sources;
        this.fanOut = fanOut;
        this.cache = cache;
        this.answers = answers;
        this.textPool = textPool;
        this.comparer = comparer;
        this.describeFailure = describeFailure;
        this.classifyFailure = classifyFailure;
        this.notFound = notFound;
    }

    public Outcome compare(CompareRequest request) {
        List<Article> articles = request.articleIds().isEmpty()
                ? sources.search(request.keywords(), request.outlets(), request.from(), request.to(), request.maxArticles())
                : byId(request.articleIds());
        String version = currentExtractorVersion();
        String answerKey = version == null ? null : answerKey(version, articles);
        Comparison known = answerKey == null ? null : answers.get(answerKey);
        if (known != null) {
            return new Outcome(known, List.of());
        }
        // Articles whose digest of the current version is cached need neither their claims nor their text: only the
        // others go through the fan-out, which reads (or extracts) claims, the largest thing a comparison moves.
        Map<String, CompletableFuture<ArticleDigest>> digests = new LinkedHashMap<>();
        List<Article> uncached = new ArrayList<>();
        for (Article a : articles) {
            ArticleDigest cached = version == null ? null : cache.get(DigestCache.key(a.getId(), a.getContentHash(), version));
            if (cached != null) {
                digests.put(a.getId(), CompletableFuture.completedFuture(cached));
            } else {
                uncached.add(a);
            }
        }
        FanOutResult covered = uncached.isEmpty() ? new FanOutResult(List.of(), List.of()) : fanOut.cover(uncached);
        List<MissingArticle> missing = new ArrayList<>(covered.missing());
        Map<String, ArticleWithClaims> withClaims = new LinkedHashMap<>();
        for (ArticleWithClaims a : covered.articles()) {
            withClaims.put(a.article().getId(), a);
            String key = DigestCache.key(a.article().getId(), a.article().getContentHash(), a.claims().getExtractorVersion());
            ArticleDigest cached = cache.get(key);
            digests.put(a.article().getId(), cached != null ? CompletableFuture.completedFuture(cached)
                    : CompletableFuture.supplyAsync(() -> digest(a, key), textPool));
        }
        List<ArticleDigest> ready = new ArrayList<>();
        List<PossiblyStale> stale = new ArrayList<>();
        for (Article article : articles) {
            CompletableFuture<ArticleDigest> digest = digests.get(article.getId());
            if (digest == null) {
                continue; // not covered: the fan-out listed it as missing
            }
            // A digest from the cache is of the current version; only claims the fan-out served can be stale.
            ArticleWithClaims a = withClaims.get(article.getId());
            try {
                ready.add(digest.join());
                if (a != null && a.possiblyStale()) {
                    stale.add(new PossiblyStale(article.getId(), article.getOutlet(), a.claims().getExtractorVersion(),
                            a.staleReason()));
                }
            } catch (CompletionException e) {
                Throwable failure = e.getCause();
                MissingArticle.Cause cause = classifyFailure.apply(failure);
                String why = describeFailure.apply(failure);
                missing.add(new MissingArticle(article.getId(), article.getOutlet(),
                        cause == MissingArticle.Cause.ARTICLE_NOT_FOUND ? "article not found (deleted while this answer was made); " + why
                                : cause == MissingArticle.Cause.INTERNAL ? why : "article text not read; " + why, cause));
            }
        }
        Comparison comparison = comparer.compareDigests(ready);
        if (answerKey != null && missing.isEmpty() && stale.isEmpty()) {
            answers.put(answerKey, comparison);
        }
        return new Outcome(comparison, missing, stale);
    }

    /**
     * What a whole answer depends on: the articles in order, each by id and content hash, and the extractor version
     * whose claims are compared (claims of one version for one text are fixed, and the comparison is a function of
     * them). A changed text, another set of articles or a new extractor makes another key, so a cached answer is
     * never stale; only complete answers are kept. While the version cannot be learnt (extraction down and never
     * reached) there is no key, and nothing is cached.
     */
    private static String answerKey(String version, List<Article> articles) {
        StringBuilder key = new StringBuilder(version);
        for (Article a : articles) {
            key.append('\u0001').append(a.getId()).append('\u0000').append(a.getContentHash());
        }
        return key.toString();
    }

    /** The extractor version claims are compared at, or null while it cannot be learnt (extraction never reached). */
    private String currentExtractorVersion() {
        try {
            return sources.extractorVersion();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The articles named, without their texts: a text is read only when its digest is not cached (see digest). Every
     * unknown id is reported at once.
     */
    private List<Article> byId(List<String> ids) {
        Map<String, CompletableFuture<Article>> pending = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(ids)) {
            pending.put(id, CompletableFuture.supplyAsync(() -> sources.article(id), textPool));
        }
        List<Article> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<Article>> e : pending.entrySet()) {
            try {
                found.add(e.getValue().join());
            } catch (CompletionException failure) {
                if (notFound.test(failure.getCause())) {
                    unknown.add(e.getKey());
                } else if (failure.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                } else {
                    throw failure;
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownArticlesException(unknown);
        }
        return found;
    }

    /** Digests an article, reading its text unless the article already carries it, and caches the digest. */
    private ArticleDigest digest(ArticleWithClaims a, String key) {
        Article article = a.article().getCleanedText().isEmpty() ? sources.fullArticle(a.article().getId()) : a.article();
        ArticleDigest digest = ArticleDigester.digest(new CoverageArticle(article.getId(), article.getOutlet(),
                article.getTitle(), article.getUrl(),
                article.hasPublishedTime() ? Timestamps.instant(article.getPublishedTime()) : null,
                article.getContentHash(), article.getCleanedText(), a.claims()));
        cache.put(key, digest);
        return digest;
    }
}
