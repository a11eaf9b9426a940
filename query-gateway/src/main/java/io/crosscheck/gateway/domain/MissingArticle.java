package io.crosscheck.gateway.domain;

/** An article the answer should cover but could not, and why: the gap is said, never hidden. */
public record MissingArticle(String articleId, String outlet, String reason) {
}
