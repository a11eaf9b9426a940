package io.crosscheck.article.store;

import io.crosscheck.article.domain.PreparedArticle;
import io.crosscheck.article.domain.StoredArticle;
import org.bson.Document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** The BSON shape of an article document, in one place. */
final class ArticleDocuments {
    static final String URL = "url";
    static final String OUTLET = "outlet";
    static final String TITLE = "title";
    static final String BYLINE = "byline";
    static final String PUBLISHED = "published";
    static final String LANGUAGE = "language";
    static final String ORIGINAL_TEXT = "originalText";
    static final String CLEANED_TEXT = "cleanedText";
    static final String CONTENT_HASH = "contentHash";
    static final String INGEST_TIME = "ingestTime";
    /** The publish time, or the ingest time when that is unknown: what listings sort by. */
    static final String SORT_TIME = "sortTime";
    /** Normalised words of title, text, outlet and (after extraction) entity and speaker names. */
    static final String TERMS = "terms";

    private ArticleDocuments() {
    }

    static StoredArticle stored(String id, PreparedArticle p, Instant ingestTime) {
        var d = p.draft();
        return new StoredArticle(id, d.url(), d.outlet().strip(), orEmpty(d.title()).strip(), orEmpty(d.byline()).strip(),
                p.published() == null ? null : p.published().truncatedTo(ChronoUnit.MILLIS), d.language() == null || d.language().isBlank() ? "en" : d.language().strip(),
                d.originalText(), p.cleanedText(), p.contentHash(), ingestTime);
    }

    static Document toDocument(StoredArticle a, Set<String> terms) {
        return new Document("_id", a.id())
                .append(URL, a.url())
                .append(OUTLET, a.outlet())
                .append(TITLE, a.title())
                .append(BYLINE, a.byline())
                .append(PUBLISHED, a.published() == null ? null : Date.from(a.published()))
                .append(LANGUAGE, a.language())
                .append(ORIGINAL_TEXT, a.originalText())
                .append(CLEANED_TEXT, a.cleanedText())
                .append(CONTENT_HASH, a.contentHash())
                .append(INGEST_TIME, Date.from(a.ingestTime()))
                .append(SORT_TIME, Date.from(a.sortTime()))
                .append(TERMS, List.copyOf(terms));
    }

    static StoredArticle toArticle(Document d) {
        return new StoredArticle(d.getString("_id"), d.getString(URL), d.getString(OUTLET), d.getString(TITLE),
                d.getString(BYLINE), instant(d.getDate(PUBLISHED)), d.getString(LANGUAGE), d.getString(ORIGINAL_TEXT),
                d.getString(CLEANED_TEXT), d.getString(CONTENT_HASH), instant(d.getDate(INGEST_TIME)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
