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
 */
public final class ClaimFanOut {
    private final ClaimSources sources;
    private final ExecutorService extractionPool;
    private final Function<Throwable, String> describeFailure;
    private final FanOutObserver observer;

    /**
     * @param extractionPool bounds how many extractions run at once across all requests
     * @param describeFailure turns a backend failure into a reason a user can read
     */
    public ClaimFanOut(ClaimSources sources, ExecutorService extractionPool, Function<Throwable, String> describeFailure) {
        this(sources, extractionPool, describeFailure, FanOutObserver.NONE);
    }

    /** @param observer told how many articles had stored claims and how many must be extracted */
    public ClaimFanOut(ClaimSources sources, ExecutorService extractionPool, Function<Throwable, String> describeFailure,
            FanOutObserver observer) {
        this.sources = sources;
        this.extractionPool = extractionPool;
        this.describeFailure = describeFailure;
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
            String reason = describeFailure.apply(e);
            return new FanOutResult(List.of(), articles.stream()
                    .map(a -> new MissingArticle(a.getId(), a.getOutlet(), reason)).toList());
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
        List<ArticleWithClaims> covered = new ArrayList<>();
        List<MissingArticle> missing = new ArrayList<>();
        for (Article a : articles) {
            ClaimSet claims = stored.get(a.getId());
            if (claims != null) {
                covered.add(new ArticleWithClaims(a, claims, false));
                continue;
            }
            try {
                covered.add(pending.get(a.getId()).join());
            } catch (CompletionException e) {
                missing.add(new MissingArticle(a.getId(), a.getOutlet(), describeFailure.apply(e.getCause())));
            }
        }
        return new FanOutResult(covered, missing);
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
