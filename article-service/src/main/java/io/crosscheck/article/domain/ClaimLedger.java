package io.crosscheck.article.domain;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stores and reads the claims of articles. Claims are checked against the article's cleaned text
 * before they are written: a span that does not point into the text is refused, because a claim
 * nobody can trace back to its sentence is worse than none.
 */
public final class ClaimLedger {
    private static final int MAX_VERSION_CHARS = 128;

    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ArticleLimits limits;

    public ClaimLedger(ArticleRepository articles, ClaimRepository claims, ArticleLimits limits) {
        this.articles = articles;
        this.claims = claims;
        this.limits = limits;
    }

    public void put(String articleId, ClaimSet claimSet) {
        ArticleCatalog.requireId(articleId, "article_id");
        requireVersion(claimSet.getExtractorVersion(), "claim_set.extractor_version");
        StoredArticle article = articles.findById(articleId, true)
                .orElseThrow(() -> new NotFoundException("no article has id '" + articleId + "'"));
        int length = article.cleanedText().length();
        for (int i = 0; i < claimSet.getClaimsCount(); i++) {
            checkClaim(claimSet.getClaims(i), length, "claim_set.claims[" + i + "]");
        }
        for (int i = 0; i < claimSet.getEntitiesCount(); i++) {
            Entity entity = claimSet.getEntities(i);
            for (int m = 0; m < entity.getMentionsCount(); m++) {
                checkSpan(entity.getMentions(m), length, "claim_set.entities[" + i + "].mentions[" + m + "]");
            }
        }
        claims.put(articleId, claimSet);
        articles.addSearchTerms(articleId, TextFingerprint.terms(names(claimSet).toArray(String[]::new)));
    }

    public ClaimSet get(String articleId, String version) {
        ArticleCatalog.requireId(articleId, "article_id");
        requireVersion(version, "extractor_version");
        return claims.get(articleId, version).orElseThrow(() -> new NotFoundException(
                "article '" + articleId + "' has no claims of extractor version '" + version + "'"));
    }

    public Map<String, ClaimSet> getAll(Collection<String> articleIds, String version) {
        requireVersion(version, "extractor_version");
        requireBatch(articleIds);
        return claims.getAll(articleIds, version);
    }

    /** The claim set each article had stored last, whatever its version: for a reader that cannot learn the current one. */
    public Map<String, ClaimSet> getNewest(Collection<String> articleIds) {
        requireBatch(articleIds);
        return claims.getNewest(articleIds);
    }

    private void requireBatch(Collection<String> articleIds) {
        if (articleIds.size() > limits.maxBatchSize()) {
            throw new InvalidInputException("article_ids", "at most " + limits.maxBatchSize()
                    + " article ids per call, got " + articleIds.size());
        }
        for (String id : articleIds) {
            ArticleCatalog.requireId(id, "article_ids");
        }
    }

    private static void checkClaim(Claim claim, int length, String field) {
        checkSpan(claim.getSpan(), length, field + ".span");
        if (claim.hasSentenceSpan()) {
            checkSpan(claim.getSentenceSpan(), length, field + ".sentence_span");
        }
        if (claim.hasSpeaker()) {
            checkSpan(claim.getSpeaker().getSpan(), length, field + ".speaker.span");
        }
        if (claim.hasCue()) {
            checkSpan(claim.getCue().getSpan(), length, field + ".cue.span");
        }
        for (int q = 0; q < claim.getQuantitiesCount(); q++) {
            checkSpan(claim.getQuantities(q).getSpan(), length, field + ".quantities[" + q + "].span");
        }
        for (int t = 0; t < claim.getTimesCount(); t++) {
            checkSpan(claim.getTimes(t).getSpan(), length, field + ".times[" + t + "].span");
        }
        for (int e = 0; e < claim.getEntitiesCount(); e++) {
            checkSpan(claim.getEntities(e).getSpan(), length, field + ".entities[" + e + "].span");
        }
        double worth = claim.getCheckWorthiness();
        if (!(worth >= 0 && worth <= 1)) {
            throw new InvalidInputException(field + ".check_worthiness", "check_worthiness must be in 0..1, got " + worth);
        }
    }

    private static void checkSpan(Span span, int length, String field) {
        if (span.getStart() < 0 || span.getEnd() < span.getStart() || span.getEnd() > length) {
            throw new InvalidInputException(field, "span [" + span.getStart() + ", " + span.getEnd()
                    + ") does not lie inside the article's cleaned text of " + length + " characters");
        }
    }

    private static void requireVersion(String version, String field) {
        if (version == null || version.isBlank()) {
            throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1) + " is required");
        }
        if (version.length() > MAX_VERSION_CHARS) {
            throw new InvalidInputException(field, "extractor_version is longer than " + MAX_VERSION_CHARS + " characters");
        }
    }

    private static List<String> names(ClaimSet claimSet) {
        List<String> names = new ArrayList<>();
        for (Entity e : claimSet.getEntitiesList()) {
            names.add(e.getCanonicalName());
            names.addAll(e.getAliasesList());
        }
        for (Claim c : claimSet.getClaimsList()) {
            if (c.hasSpeaker()) {
                names.add(c.getSpeaker().getCanonicalName());
                names.add(c.getSpeaker().getText());
            }
        }
        return names;
    }
}
