package io.crosscheck.article.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.CreateOutcome;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.CreateArticleResponse;

import java.time.Instant;

/** Proto messages to domain records and back; mapping only. */
final class ArticleMapping {
    private ArticleMapping() {
    }

    static ArticleDraft draft(Article a) {
        return new ArticleDraft(a.getUrl().strip(), a.getOutlet(), a.getTitle(), a.getByline(),
                a.hasPublishedTime() ? instant(a.getPublishedTime()) : null, a.getLanguage(), a.getOriginalText());
    }

    static Article toProto(StoredArticle a) {
        Article.Builder b = Article.newBuilder()
                .setId(a.id())
                .setUrl(a.url())
                .setOutlet(a.outlet())
                .setTitle(nullToEmpty(a.title()))
                .setByline(nullToEmpty(a.byline()))
                .setLanguage(nullToEmpty(a.language()))
                .setContentHash(a.contentHash())
                .setIngestTime(timestamp(a.ingestTime()));
        if (a.published() != null) {
            b.setPublishedTime(timestamp(a.published()));
        }
        if (a.originalText() != null) {
            b.setOriginalText(a.originalText());
        }
        if (a.cleanedText() != null) {
            b.setCleanedText(a.cleanedText());
        }
        return b.build();
    }

    static CreateArticleResponse toProto(CreateOutcome outcome) {
        return CreateArticleResponse.newBuilder()
                .setArticle(toProto(outcome.article()))
                .setAlreadyExisted(outcome.alreadyExisted())
                .build();
    }

    /** Whether a read should carry the texts; GetArticle defaults to full, listings to basic. */
    static boolean withText(ArticleView view, boolean fullByDefault) {
        return switch (view) {
            case ARTICLE_VIEW_FULL -> true;
            case ARTICLE_VIEW_BASIC -> false;
            default -> fullByDefault;
        };
    }

    /** A timestamp field that is set; null when it is not. */
    static Instant instantOrNull(boolean present, Timestamp t) {
        return present ? instant(t) : null;
    }

    private static Instant instant(Timestamp t) {
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    private static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
