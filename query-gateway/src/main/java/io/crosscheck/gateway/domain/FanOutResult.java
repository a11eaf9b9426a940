package io.crosscheck.gateway.domain;

import java.util.List;

/** The articles with claims, in search order, and those that could not be covered. */
public record FanOutResult(List<ArticleWithClaims> articles, List<MissingArticle> missing) {

    /** The articles answered with claims that may be stale, in search order. */
    public List<PossiblyStale> possiblyStale() {
        return articles.stream().filter(ArticleWithClaims::possiblyStale).map(PossiblyStale::of).toList();
    }
}
