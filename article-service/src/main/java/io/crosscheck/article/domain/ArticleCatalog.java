package io.crosscheck.article.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reading and deleting stored articles: get by id, list and keyword search with stable paging. */
public final class ArticleCatalog {
    private final ArticleRepository repository;
    private final ClaimRepository claims;
    private final ArticleLimits limits;

    public ArticleCatalog(ArticleRepository repository, ClaimRepository claims, ArticleLimits limits) {
        this.repository = repository;
        this.claims = claims;
        this.limits = limits;
    }

    public StoredArticle get(String id, boolean withText) {
        requireId(id, "id");
        return repository.findById(id, withText)
                .orElseThrow(() -> new NotFoundException("no article has id '" + id + "'"));
    }

    /** Lists (no keywords) or searches (keywords: every one must match) with the same paging rules. */
    public ArticlePage find(String keywords, List<String> outlets, Instant after, Instant before, int pageSize,
            String pageToken, boolean withText) {
        Set<String> terms = TextFingerprint.terms(keywords);
        if (keywords != null && !keywords.isBlank() && terms.isEmpty()) {
            throw new InvalidInputException("query", "query holds no searchable word: use letters or digits");
        }
        ArticleQuery query = new ArticleQuery(terms, outlets.stream().map(String::strip)
                .filter(o -> !o.isEmpty()).toList(), after, before);
        query.validate("published_after");
        int limit = limits.pageSize(pageSize, "page_size");
        PageToken position = PageToken.decode(pageToken, query.fingerprint(), "page_token");
        List<StoredArticle> found = repository.find(query, position, limit, withText);
        if (found.size() <= limit) {
            return new ArticlePage(found, "");
        }
        List<StoredArticle> page = found.subList(0, limit);
        StoredArticle last = page.get(limit - 1);
        String next = new PageToken(last.sortTime().toEpochMilli(), last.id(), query.fingerprint()).encode();
        return new ArticlePage(List.copyOf(page), next);
    }

    /** Whether find answers without waiting on the store (see ArticleRepository.findsInMemory). */
    public boolean answersFromMemory(boolean withText) {
        return repository.findsInMemory(withText);
    }

    /** Deletes the article's claims first, so that a failure half-way never leaves claims without article. */
    public void delete(String id) {
        requireId(id, "id");
        if (repository.findById(id, false).isEmpty()) {
            throw new NotFoundException("no article has id '" + id + "'");
        }
        claims.deleteAllOf(id);
        repository.delete(id);
    }

    static void requireId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (id.length() > 64) {
            throw new InvalidInputException(field, field + " is not an article id (too long)");
        }
    }
}
