package io.crosscheck.article.domain;

import java.util.List;

/** One page of a listing, and the token for the next one (empty on the last page). */
public record ArticlePage(List<StoredArticle> articles, String nextPageToken) {
}
