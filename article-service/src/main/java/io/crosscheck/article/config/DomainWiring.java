package io.crosscheck.article.config;

import io.crosscheck.article.domain.ArticleCatalog;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.ArticleRepository;
import io.crosscheck.article.domain.ClaimLedger;
import io.crosscheck.article.domain.ClaimRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the framework-free domain objects (final classes, hence @Singleton, not client proxies). */
@ApplicationScoped
public class DomainWiring {

    @Produces
    @Singleton
    ArticleLimits limits(ArticleLimitsConfig config) {
        return new ArticleLimits(config.maxTextChars(), config.maxBatchSize(), config.maxPageSize(),
                config.defaultPageSize(), config.maxUrlChars());
    }

    @Produces
    @Singleton
    ArticleIngest ingest(ArticleRepository articles, ArticleLimits limits) {
        return new ArticleIngest(articles, limits);
    }

    @Produces
    @Singleton
    ArticleCatalog catalog(ArticleRepository articles, ClaimRepository claims, ArticleLimits limits) {
        return new ArticleCatalog(articles, claims, limits);
    }

    @Produces
    @Singleton
    ClaimLedger ledger(ArticleRepository articles, ClaimRepository claims, ArticleLimits limits) {
        return new ClaimLedger(articles, claims, limits);
    }
}
