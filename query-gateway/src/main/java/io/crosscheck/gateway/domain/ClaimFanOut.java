package io.crosscheck.gateway.domain;

import io.crosscheck.article.v1.Article;
import io.crosscheck.common.v1.ClaimSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Answers a claim query across the backends: search the store, read the claims stored for the
 * current extractor version, extract the rest in parallel on a bounded pool, store what came back,
 * and report every article that could not be covered with the reason.
 *
 * <p>Extraction being unreachable costs only what it must. When the current extractor version cannot be learnt (the
 * gateway has not reached extraction-service since it started), every article's newest stored claim set is served,
 * marked possibly stale with its version, and only articles with no stored claims are missing. When the version is
 * known but an article's extraction fails, an older stored set is served the same way, if there is one. Failures of the
 * article store that reads the search or the stored claims still fail the whole answer: without them there is nothing
 * true to say.
 */
public final class ClaimFanOut {
    private final ClaimSources sources;
    private final ExecutorService extractionPool;
    private final Function<Throwable, String> describeFailure;
    private final Function<Throwable, MissingArticle.Cause> classifyFailure;
    private final FanOutObserver observer;

    /**
     * @param extractionPool bounds how many extractions run at once across all requests
     * @param describeFailure turns a backend failure into a reason a user can read (which backend, how it failed)
     * @param classifyFailure tells what a failure means for the article (not found, store down, claims not stored)
     */
    public ClaimFanOut(ClaimSources sources, ExecutorService extractionPool, Function<Throwable, String> describeFailure,
            Function<Throwable, MissingArticle.Cause> classifyFailure) {
        this(sources, extractionPool, describeFailure, classifyFailure, FanOutObserver.NONE);
    }

    /** @param observer told how many articles had stored claims and how many must be extracted */
    public ClaimFanOut(ClaimSources sources, ExecutorService extractionPool, Function<Throwable, String> describeFailure,
            Function<Throwable, MissingArticle.Cause> classifyFailure, FanOutObserver observer) {
        this.sources = sources;
        this.extractionPool = extractionPool;
        this.describeFailure = describeFailure;
        this.classifyFailure = classifyFailure;
        this.observer = observer;
    }

    public FanOutResult run(ClaimQuery query) {
        return cover(sources.search(query.keywords(), query.outlets(), query.from(), query.to(), query.maxArticles()));
    }

    /** The current claims of the given articles, read from the store or extracted; failures listed as missing. */
    public FanOutResult cover(List<Article> articles) {
        if (articles.isEmpty()) {
            return new FanOutResult(List.of(), List.of());
        }
        String version;
        try {
            version = sources.extractorVersion();
        } catch (RuntimeException e) {
            return newestStored(articles, e);
        }
        Map<String, ClaimSet> stored = sources.storedClaims(articles.stream().map(Article::getId).toList(), version);
        long hits = articles.stream().filter(a -> stored.containsKey(a.getId())).count();
        observer.claimsLookedUp((int) hits, articles.size() - (int) hits);

        Map<String, CompletableFuture<ArticleWithClaims>> pending = new LinkedHashMap<>();
        for (Article a : articles) {
            if (!stored.containsKey(a.getId())) {
                pending.put(a.getId(), CompletableFuture.supplyAsync(() -> extractAndStore(a), extractionPool));
            }
        }
        Map<String, Throwable> failed = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<ArticleWithClaims>> p : pending.entrySet()) {
            try {
                p.getValue().join();
            } catch (CompletionException e) {
                failed.put(p.getKey(), e.getCause());
            }
        }
        Map<String, ClaimSet> older = olderClaims(failed);
        List<ArticleWithClaims> covered = new ArrayList<>();
        List<MissingArticle> missing = new ArrayList<>();
        for (Article a : articles) {
            ClaimSet claims = stored.get(a.getId());
            Throwable failure = failed.get(a.getId());
            if (claims != null) {
                covered.add(new ArticleWithClaims(a, claims, false));
            } else if (failure == null) {
                covered.add(pending.get(a.getId()).join());
            } else if (older.containsKey(a.getId())) {
                ClaimSet old = older.get(a.getId());
                covered.add(new ArticleWithClaims(a, old, false, "stored claims of extractor version "
                        + old.getExtractorVersion() + ", not of the current " + version + ": the current could not be "
                        + "extracted; " + describeFailure.apply(failure)));
            } else {
                missing.add(missing(a, failure));
            }
        }
        return new FanOutResult(covered, missing);
    }

    /**
     * The current version is unknown: each article's newest stored claims, marked possibly stale, and the articles
     * without any as missing. Nothing is extracted; the version lookup has just failed on extraction.
     */
    private FanOutResult newestStored(List<Article> articles, RuntimeException versionFailure) {
        Map<String, ClaimSet> stored = sources.newestStoredClaims(articles.stream().map(Article::getId).toList());
        String why = describeFailure.apply(versionFailure);
        List<ArticleWithClaims> covered = new ArrayList<>();
        List<MissingArticle> missing = new ArrayList<>();
        for (Article a : articles) {
            ClaimSet claims = stored.get(a.getId());
            if (claims != null) {
                covered.add(new ArticleWithClaims(a, claims, false, "the newest stored claims, of extractor version "
                        + claims.getExtractorVersion() + "; the current version is unknown, newer claims may exist: " + why));
            } else {
                missing.add(new MissingArticle(a.getId(), a.getOutlet(), "claims not stored; " + why,
                        MissingArticle.Cause.CLAIMS_NOT_STORED));
            }
        }
        return new FanOutResult(covered, missing);
    }

    /**
     * Claims of other versions for the articles whose extraction failed for want of extraction (not those the store
     * does not have or could not serve). A store that fails now leaves them missing, as they were.
     */
    private Map<String, ClaimSet> olderClaims(Map<String, Throwable> failed) {
        List<String> ids = failed.entrySet().stream()
                .filter(f -> classifyFailure.apply(f.getValue()) == MissingArticle.Cause.CLAIMS_NOT_STORED)
                .map(Map.Entry::getKey).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            return sources.newestStoredClaims(ids);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private MissingArticle missing(Article a, Throwable failure) {
        MissingArticle.Cause cause = classifyFailure.apply(failure);
        String why = describeFailure.apply(failure);
        String reason = switch (cause) {
            case CLAIMS_NOT_STORED, ARTICLE_STORE_UNAVAILABLE -> "claims not stored; " + why;
            case ARTICLE_NOT_FOUND -> "article not found (deleted while this answer was made); " + why;
            case INTERNAL -> why;
        };
        return new MissingArticle(a.getId(), a.getOutlet(), reason, cause);
    }

    /**
     * Extracts and stores the claims of an article, reading its text unless it came with it. The answer keeps the
     * text, so that whoever reads it next (the comparison's digests) does not fetch it a second time.
     */
    private ArticleWithClaims extractAndStore(Article article) {
        Article full = article.getCleanedText().isEmpty() ? sources.fullArticle(article.getId()) : article;
        ClaimSet claims = sources.extract(full);
        sources.store(article.getId(), claims);
        return new ArticleWithClaims(full, claims, true);
    }
}
