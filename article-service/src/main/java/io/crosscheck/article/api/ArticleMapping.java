package io.crosscheck.article.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.CreateOutcome;
import io.crosscheck.article.domain.InvalidInputException;
import io.crosscheck.article.domain.StoredArticle;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.CreateArticleResponse;
import io.crosscheck.grpc.TimestampRange;

import java.time.Instant;

/** Proto messages to domain records and back; mapping only. */
final class ArticleMapping {
    private ArticleMapping() {
    }

    /**
     * @param prefix the proto path of the article in the request ("article", "requests[3].article")
     * @throws InvalidInputException naming the field when a time is outside {@link TimestampRange}
     */
    static ArticleDraft draft(Article a, String prefix) {
        return new ArticleDraft(a.getUrl().strip(), a.getOutlet(), a.getTitle(), a.getByline(),
                instantOrNull(a.hasPublishedTime(), a.getPublishedTime(), prefix + ".published_time"), a.getLanguage(),
                a.getOriginalText());
    }

    static Article toProto(StoredArticle a) {
        return toProto(a, true);
    }

    /** @param withText whether the texts the article holds are answered too */
    static Article toProto(StoredArticle a, boolean withText) {
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
        if (withText && a.originalText() != null) {
            b.setOriginalText(a.originalText());
        }
        if (withText && a.cleanedText() != null) {
            b.setCleanedText(a.cleanedText());
        }
        return b.build();
    }

    static CreateArticleResponse toProto(CreateOutcome outcome) {
        return toProto(outcome, true);
    }

    static CreateArticleResponse toProto(CreateOutcome outcome, boolean withText) {
        return CreateArticleResponse.newBuilder()
                .setArticle(toProto(outcome.article(), withText))
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

    /**
     * A timestamp field that is set; null when it is not.
     *
     * @throws InvalidInputException naming the field when it is outside {@link TimestampRange}
     */
    static Instant instantOrNull(boolean present, Timestamp t, String field) {
        if (!present) {
            return null;
        }
        String violation = TimestampRange.violation(t);
        if (violation != null) {
            throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1) + " " + violation);
        }
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    private static Timestamp timestamp(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
