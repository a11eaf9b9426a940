package io.crosscheck.article.config;

import io.crosscheck.article.domain.ArticleCatalog;
import io.crosscheck.article.domain.ArticleIngest;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.ArticleRepository;
import io.crosscheck.article.domain.ClaimLedger;
import io.crosscheck.article.domain.ClaimRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Builds the framework-free domain objects from configuration and the store. */
@ApplicationScoped
public class DomainWiring {

    @Produces
    @ApplicationScoped
    ArticleLimits limits(ArticleLimitsConfig config) {
        return new ArticleLimits(config.maxTextChars(), config.maxBatchSize(), config.maxPageSize(),
                config.defaultPageSize());
    }

    @Produces
    @ApplicationScoped
    ArticleIngest ingest(ArticleRepository articles, ArticleLimits limits) {
        return new ArticleIngest(articles, limits);
    }

    @Produces
    @ApplicationScoped
    ArticleCatalog catalog(ArticleRepository articles, ClaimRepository claims, ArticleLimits limits) {
        return new ArticleCatalog(articles, claims, limits);
    }

    @Produces
    @ApplicationScoped
    ClaimLedger ledger(ArticleRepository articles, ClaimRepository claims, ArticleLimits limits) {
        return new ClaimLedger(articles, claims, limits);
    }
}
