package io.crosscheck.article.domain;

/**
 * Size limits the store enforces on what clients send.
 *
 * @param maxUrlChars the longest URL, in characters (the URL is a unique index key)
 */
public record ArticleLimits(int maxTextChars, int maxBatchSize, int maxPageSize, int defaultPageSize, int maxUrlChars) {

    /** Short fields (outlet, title, byline, language) are capped so that one bad client cannot bloat indexes. */
    public static final int MAX_SHORT_FIELD_CHARS = 2048;

    /** The URL cap when none is configured: the short-field cap. */
    public static final int DEFAULT_MAX_URL_CHARS = MAX_SHORT_FIELD_CHARS;

    public ArticleLimits(int maxTextChars, int maxBatchSize, int maxPageSize, int defaultPageSize) {
        this(maxTextChars, maxBatchSize, maxPageSize, defaultPageSize, DEFAULT_MAX_URL_CHARS);
    }

    /** Clamps a requested page size: 0 means the default, larger than the maximum is an error. */
    public int pageSize(int requested, String field) {
        if (requested < 0) {
            throw new InvalidInputException(field, "page_size must not be negative, got " + requested);
        }
        if (requested > maxPageSize) {
            throw new InvalidInputException(field, "page_size must be at most " + maxPageSize + ", got " + requested);
        }
        return requested == 0 ? defaultPageSize : requested;
    }
}
