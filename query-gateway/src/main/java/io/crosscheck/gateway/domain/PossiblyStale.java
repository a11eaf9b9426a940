package io.crosscheck.gateway.domain;

/**
 * An article answered with claims that may not be those of the current extractor: the newest stored set, served
 * because extraction-service could not name its current version or could not extract the article.
 *
 * @param extractorVersion the version of the claims served
 */
public record PossiblyStale(String articleId, String outlet, String extractorVersion, String reason) {

    static PossiblyStale of(ArticleWithClaims a) {
        return new PossiblyStale(a.article().getId(), a.article().getOutlet(), a.claims().getExtractorVersion(),
                a.staleReason());
    }
}
