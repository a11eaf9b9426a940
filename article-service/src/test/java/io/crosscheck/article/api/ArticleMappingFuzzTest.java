package io.crosscheck.article.api;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.crosscheck.article.domain.ArticleDraft;
import io.crosscheck.article.domain.ArticleLimits;
import io.crosscheck.article.domain.ArticleQuery;
import io.crosscheck.article.domain.ArticleValidator;
import io.crosscheck.article.domain.BoilerplateCleaner;
import io.crosscheck.article.domain.InvalidInputException;
import io.crosscheck.article.domain.TextFingerprint;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.grpc.TimestampRange;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client's request goes through before anything is stored or queried: the proto-to-domain mapping (times
 * range-checked), the validator (lengths, control characters, URL), the boilerplate cleaner and the search terms, and
 * a list query's times. Property: only InvalidInputException naming a field of the request escapes, never an NPE, an
 * overflow or a DateTimeException; a draft that passes holds only what the rules allow. Under plain verify this
 * replays the seeds in ArticleMappingFuzzTestInputs; pom.xml's fuzz executions and README "Fuzz tests" fuzz it.
 */
class ArticleMappingFuzzTest {
    private static final ArticleValidator VALIDATOR = new ArticleValidator(new ArticleLimits(20_000, 1000, 1000, 50));
    private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();

    /** Arbitrary field values, times at the edges of and beyond the range. */
    @FuzzTest(maxDuration = "10s")
    void draft(FuzzedDataProvider data) {
        Article.Builder article = Article.newBuilder()
                .setUrl(data.consumeString(300))
                .setOutlet(data.consumeString(100))
                .setTitle(data.consumeString(100))
                .setByline(data.consumeString(50))
                .setLanguage(data.consumeString(10));
        if (data.consumeBoolean()) {
            article.setPublishedTime(timestamp(data));
        }
        ListArticlesRequest.Builder list = ListArticlesRequest.newBuilder();
        if (data.consumeBoolean()) {
            list.setPublishedAfter(timestamp(data));
        }
        if (data.consumeBoolean()) {
            list.setPublishedBefore(timestamp(data));
        }
        article.setOriginalText(data.consumeRemainingAsString());
        check(article.build(), list.build());
    }

    /** Arbitrary bytes as a CreateArticleRequest: what does not parse is INVALID_ARGUMENT (MalformedRequests). */
    @FuzzTest(maxDuration = "10s")
    void requestBytes(byte[] bytes) {
        CreateArticleRequest request;
        try {
            request = CreateArticleRequest.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        check(request.getArticle(), ListArticlesRequest.getDefaultInstance());
    }

    private static void check(Article article, ListArticlesRequest list) {
        try {
            ArticleDraft draft = ArticleMapping.draft(article, "article");
            VALIDATOR.validate(draft, "article");
            assertAllowed(draft);
            BoilerplateCleaner.Result cleaned = CLEANER.clean(draft.originalText());
            TextFingerprint.contentHash(cleaned.cleanedText());
            TextFingerprint.terms(draft.title(), cleaned.cleanedText(), draft.outlet());
            if (cleaned.printedTimestamp() != null) {
                assertThat(TimestampRange.contains(cleaned.printedTimestamp())).isTrue();
            }
        } catch (InvalidInputException e) {
            assertThat(e.field()).startsWith("article.");
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            Instant after = ArticleMapping.instantOrNull(list.hasPublishedAfter(), list.getPublishedAfter(), "published_after");
            Instant before = ArticleMapping.instantOrNull(list.hasPublishedBefore(), list.getPublishedBefore(), "published_before");
            ArticleQuery query = new ArticleQuery(TextFingerprint.terms(article.getTitle()), List.of(article.getOutlet()), after, before);
            query.validate("published_after");
            assertThat(query.fingerprint()).hasSize(16);
        } catch (InvalidInputException e) {
            assertThat(e.field()).isIn("published_after", "published_before");
        }
    }

    private static void assertAllowed(ArticleDraft draft) {
        assertThat(draft.url().length()).isLessThanOrEqualTo(ArticleLimits.DEFAULT_MAX_URL_CHARS);
        for (String field : new String[] {draft.url(), draft.outlet(), draft.title(), draft.byline(), draft.language()}) {
            assertThat(field.chars().filter(c -> c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL))
                    .as("control characters in %s", field).isEmpty();
        }
        if (draft.published() != null) {
            assertThat(TimestampRange.contains(draft.published())).isTrue();
        }
    }

    /** Mostly the edges: the range's ends, one beyond, the extremes of long and int. */
    private static Timestamp timestamp(FuzzedDataProvider data) {
        long[] seconds = {TimestampRange.MIN.getEpochSecond(), TimestampRange.MAX.getEpochSecond(),
                TimestampRange.MIN.getEpochSecond() - 1, TimestampRange.MAX.getEpochSecond() + 1, Long.MIN_VALUE,
                Long.MAX_VALUE, 1L << 62, 0};
        int[] nanos = {0, 999_999_999, 1_000_000_000, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        long s = data.consumeBoolean() ? data.pickValue(seconds) : data.consumeLong();
        int n = data.consumeBoolean() ? data.pickValue(nanos) : data.consumeInt();
        return Timestamp.newBuilder().setSeconds(s).setNanos(n).build();
    }
}
