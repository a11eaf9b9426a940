package io.crosscheck.gateway.api;

import io.crosscheck.gateway.domain.MissingArticle;
import io.crosscheck.gateway.domain.PossiblyStale;

import java.util.List;
import java.util.Locale;

/**
 * The REST shapes of what an answer could not cover, or covered with claims that may be stale, in /claims and /compare.
 * cause: "claims_not_stored" (none stored, extraction-service could not extract them), "article_not_found",
 * "article_store_unavailable", "internal".
 */
public final class MissingJson {
    private MissingJson() {
    }

    public record MissingView(String articleId, String outlet, String reason, String cause) {
    }

    /** extractorVersion: of the claims served; reason: why they may not be the current extractor's. */
    public record PossiblyStaleView(String articleId, String outlet, String extractorVersion, String reason) {
    }

    public static List<MissingView> missing(List<MissingArticle> missing) {
        return missing.stream().map(m -> new MissingView(m.articleId(), m.outlet(), m.reason(),
                m.cause().name().toLowerCase(Locale.ROOT))).toList();
    }

    public static List<PossiblyStaleView> possiblyStale(List<PossiblyStale> stale) {
        return stale.stream().map(s -> new PossiblyStaleView(s.articleId(), s.outlet(), s.extractorVersion(), s.reason()))
                .toList();
    }
}
