package io.crosscheck.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Input limits, see {@link io.crosscheck.article.domain.ArticleLimits}. */
@ConfigMapping(prefix = "crosscheck.articles")
public interface ArticleLimitsConfig {
    @WithDefault("1000000")
    int maxTextChars();

    @WithDefault("1000")
    int maxBatchSize();

    @WithDefault("1000")
    int maxPageSize();

    @WithDefault("50")
    int defaultPageSize();

    @WithDefault("2048")
    int maxUrlChars();
}
