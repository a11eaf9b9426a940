package io.crosscheck.gateway.domain;

/**
 * An article the answer should cover but could not, and why: the gap is said, never hidden.
 *
 * @param reason in words a user can act on: what is missing and which backend failed how
 * @param cause the same as a kind, for clients that act on it
 */
public record MissingArticle(String articleId, String outlet, String reason, Cause cause) {

    /** Why an article could not be covered. */
    public enum Cause {
        /** No claims of it are stored, and extraction could not give them (unreachable, overloaded, too slow, failed). */
        CLAIMS_NOT_STORED,
        /** The article is not in the store (any more). */
        ARTICLE_NOT_FOUND,
        /** The article store could not be reached, or failed, while the article's text or claims were read or stored. */
        ARTICLE_STORE_UNAVAILABLE,
        /** The gateway failed on it. */
        INTERNAL
    }
}
