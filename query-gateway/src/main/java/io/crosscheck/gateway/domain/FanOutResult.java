package io.crosscheck.gateway.domain;

import java.util.List;

/** The articles with claims, in search order, and those that could not be covered. */
public record FanOutResult(List<ArticleWithClaims> articles, List<MissingArticle> missing) {
}
