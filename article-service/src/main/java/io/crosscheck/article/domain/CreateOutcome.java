package io.crosscheck.article.domain;

/** The article as stored, and whether it was there before the request. */
public record CreateOutcome(StoredArticle article, boolean alreadyExisted) {
}
