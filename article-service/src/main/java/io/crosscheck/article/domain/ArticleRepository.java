package io.crosscheck.article.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where articles live. Implemented over MongoDB in the store package. */
public interface ArticleRepository {

    Optional<StoredArticle> findById(String id, boolean withText);

    /** Articles whose URL or content hash is among the given ones. */
    List<StoredArticle> findByUrlsOrHashes(Collection<String> urls, Collection<String> contentHashes);

    /**
     * Inserts the articles in one acknowledged write. The result has one entry per input, in order:
     * the stored article, or null when a unique index (URL or content hash) refused it because an
     * equal article is stored (before, or concurrently).
     */
    List<StoredArticle> insertAll(List<PreparedArticle> articles);

    /**
     * {@link #insertAll} without waiting for the write to reach the disk where the store lets a caller wait later (the
     * embedded store): several writes then share one sync. The caller must call {@link #awaitDurable} before it
     * acknowledges any of them. On MongoDB this is insertAll (journaled majority writes cannot be synced later).
     */
    List<StoredArticle> insertAllSyncingLater(List<PreparedArticle> articles);

    /** Returns once every write applied so far is on disk (see insertAllSyncingLater). */
    void awaitDurable();

    /**
     * Articles matching the query, newest sort time first, strictly after the token's position.
     * Reads limit + 1 so that the caller can tell whether another page exists.
     */
    List<StoredArticle> find(ArticleQuery query, PageToken after, int limit, boolean withText);

    /** Adds words to an article's search terms (entity and speaker names from its claims). */
    void addSearchTerms(String articleId, Collection<String> terms);

    /** @return false when no article had that id */
    boolean delete(String id);

    /**
     * Whether {@link #find} answers from memory, without waiting on the store (so it may run on an event loop): the
     * embedded store's own search index answers a page without texts.
     */
    default boolean findsInMemory(boolean withText) {
        return false;
    }
}
