package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.CreateArticleResponse;
import io.crosscheck.article.v1.GetArticleRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.instant;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class CreateArticleGrpcTest {

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void storesCleanedArticleWithDerivedFields() {
        String marker = word("create");
        String original = "By Jane Doe\n\n" + Fixtures.text(marker) + "\n\nAdvertisement\nLeave a Reply\n";
        Instant before = Instant.now();

        CreateArticleResponse created = articles.createArticle(create(article(marker)
                .setOutlet("  Harbor Gazette " + marker + "  ").setLanguage("").setOriginalText(original)
                .setId("client-chosen-id").setContentHash("client-hash")));

        assertThat(created.getAlreadyExisted()).isFalse();
        Article a = created.getArticle();
        assertThat(a.getId()).isNotBlank().isNotEqualTo("client-chosen-id");
        assertThat(a.getUrl()).isEqualTo("https://news.example/" + marker);
        assertThat(a.getOutlet()).isEqualTo("Harbor Gazette " + marker);
        assertThat(a.getTitle()).isEqualTo("Storm delays shipping in " + marker);
        assertThat(a.getLanguage()).isEqualTo("en");
        assertThat(a.getOriginalText()).isEqualTo(original);
        assertThat(a.getCleanedText()).isEqualTo(Fixtures.text(marker));
        assertThat(a.getContentHash()).matches("[0-9a-f]{64}");
        assertThat(instant(a.getPublishedTime())).isEqualTo(Instant.parse("2025-11-25T10:00:00Z"));
        assertThat(instant(a.getIngestTime())).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));

        Article read = articles.getArticle(GetArticleRequest.newBuilder().setId(a.getId()).build()).getArticle();
        // The store keeps times to the millisecond; see createAnswerEqualsWhatIsStored.
        assertThat(read.toBuilder().clearIngestTime().build()).isEqualTo(a.toBuilder().clearIngestTime().build());
        assertThat(instant(read.getIngestTime())).isEqualTo(instant(a.getIngestTime()).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void createAnswerEqualsWhatIsStored() {
        String marker = word("precise");
        Instant published = Instant.parse("2025-11-25T10:00:00.123456789Z");
        Article a = articles.createArticle(create(article(marker).setPublishedTime(Fixtures.timestamp(published))))
                .getArticle();

        Article read = articles.getArticle(GetArticleRequest.newBuilder().setId(a.getId()).build()).getArticle();

        assertThat(read).isEqualTo(a);
    }

    @Test
    void sameUrlAgainReturnsTheStoredArticle() {
        String marker = word("url");
        CreateArticleResponse first = articles.createArticle(create(article(marker)));

        CreateArticleResponse again = articles.createArticle(create(article(marker)
                .setTitle("A different headline").setOriginalText(Fixtures.text(word("other")))));

        assertThat(again.getAlreadyExisted()).isTrue();
        assertThat(again.getArticle().getId()).isEqualTo(first.getArticle().getId());
        assertThat(again.getArticle().getTitle()).isEqualTo(first.getArticle().getTitle());
        assertThat(again.getArticle().getCleanedText()).isEqualTo(first.getArticle().getCleanedText());
    }

    @Test
    void urlIsComparedWithoutSurroundingWhiteSpace() {
        String marker = word("strip");
        CreateArticleResponse first = articles.createArticle(create(article(marker)));

        CreateArticleResponse again = articles.createArticle(create(article(marker)
                .setUrl("  https://news.example/" + marker + "\n").setOriginalText(Fixtures.text(word("other")))));

        assertThat(again.getAlreadyExisted()).isTrue();
        assertThat(again.getArticle().getId()).isEqualTo(first.getArticle().getId());
    }

    @Test
    void sameTextWithOtherWhiteSpaceCaseAndQuotesUnderAnotherUrlIsADuplicate() {
        String marker = word("text");
        String text = "The minister said the plan was \"very solid\" on Tuesday.\n\nTalks in " + marker
                + " resume next week, officials said.";
        String rewritten = "  THE Minister   said the plan was “very solid” on tuesday.\n"
                + "talks in " + marker.toUpperCase() + "\tresume next week,  officials said. ";
        CreateArticleResponse first = articles.createArticle(create(article(marker).setOriginalText(text)));

        CreateArticleResponse copy = articles.createArticle(create(article(marker)
                .setUrl("https://mirror.example/" + marker).setOutlet("Mirror").setOriginalText(rewritten)));

        assertThat(first.getAlreadyExisted()).isFalse();
        assertThat(copy.getAlreadyExisted()).isTrue();
        assertThat(copy.getArticle().getId()).isEqualTo(first.getArticle().getId());
        assertThat(copy.getArticle().getUrl()).isEqualTo(first.getArticle().getUrl());
        assertThat(copy.getArticle().getContentHash()).isEqualTo(first.getArticle().getContentHash());
    }

    @Test
    void differentWordsAreADifferentArticle() {
        String marker = word("diff");
        CreateArticleResponse first = articles.createArticle(create(article(marker)));
        CreateArticleResponse second = articles.createArticle(create(article(marker)
                .setUrl("https://news.example/" + marker + "/follow-up")
                .setOriginalText(Fixtures.text(marker).replace("40 container ships", "41 container ships"))));

        assertThat(second.getAlreadyExisted()).isFalse();
        assertThat(second.getArticle().getId()).isNotEqualTo(first.getArticle().getId());
        assertThat(second.getArticle().getContentHash()).isNotEqualTo(first.getArticle().getContentHash());
    }

    @Test
    void publishTimeDefaultsToTheTimestampPrintedAtTheEnd() {
        String marker = word("printed");
        Article a = articles.createArticle(create(article(marker).clearPublishedTime()
                .setOriginalText(Fixtures.text(marker) + "\n2025-11-25 21:17:00\n"))).getArticle();

        assertThat(instant(a.getPublishedTime())).isEqualTo(Instant.parse("2025-11-25T21:17:00Z"));
        assertThat(a.getCleanedText()).isEqualTo(Fixtures.text(marker));
    }

    @Test
    void articleWithoutPublishTimeHasNone() {
        String marker = word("nodate");
        Article a = articles.createArticle(create(article(marker).clearPublishedTime())).getArticle();

        assertThat(a.hasPublishedTime()).isFalse();
        assertThat(a.hasIngestTime()).isTrue();
    }

    @Test
    void missingArticleIsInvalid() {
        invalidArgument("article", () -> articles.createArticle(CreateArticleRequest.getDefaultInstance()));
    }

    @Test
    void missingUrlIsInvalid() {
        invalidArgument("article.url", () -> articles.createArticle(create(article(word("nourl")).clearUrl())));
        invalidArgument("article.url", () -> articles.createArticle(create(article(word("blankurl")).setUrl("   "))));
    }

    @Test
    void relativeOrMalformedUrlIsInvalid() {
        invalidArgument("article.url", () -> articles.createArticle(create(article(word("rel")).setUrl("news/today"))));
        invalidArgument("article.url", () -> articles.createArticle(create(article(word("bad")).setUrl("https://a b/c"))));
    }

    @Test
    void missingOutletIsInvalid() {
        invalidArgument("article.outlet", () -> articles.createArticle(create(article(word("nooutlet")).clearOutlet())));
    }

    @Test
    void missingTextIsInvalid() {
        invalidArgument("article.original_text",
                () -> articles.createArticle(create(article(word("notext")).clearOriginalText())));
        invalidArgument("article.original_text",
                () -> articles.createArticle(create(article(word("blanktext")).setOriginalText(" \n\t "))));
    }

    @Test
    void textOverTheLimitIsInvalid() {
        String marker = word("huge");
        String huge = Fixtures.text(marker) + "x".repeat(1_000_001 - Fixtures.text(marker).length() + 1);

        var e = invalidArgument("article.original_text",
                () -> articles.createArticle(create(article(marker).setOriginalText(huge))));
        assertThat(e.getStatus().getDescription()).contains("1000000");
    }

    @Test
    void textAtTheLimitIsAccepted() {
        String marker = word("limit");
        String text = Fixtures.text(marker) + "\n\n" + "y".repeat(1_000_000 - Fixtures.text(marker).length() - 2);
        assertThat(text).hasSize(1_000_000);

        CreateArticleResponse created = articles.createArticle(create(article(marker).setOriginalText(text)));

        assertThat(created.getAlreadyExisted()).isFalse();
    }

    @Test
    void overlongShortFieldIsInvalid() {
        invalidArgument("article.title",
                () -> articles.createArticle(create(article(word("title")).setTitle("t".repeat(2049)))));
    }

    @Test
    void textOfNothingButBoilerplateIsInvalid() {
        String boilerplate = "Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
                + "Advertisement\nShare this article\n<div class=\"promo\"></div>\nPhoto: " + word("credit") + "/Agency\n";

        var e = invalidArgument("article.original_text",
                () -> articles.createArticle(create(article(word("boiler")).setOriginalText(boilerplate))));
        assertThat(e.getStatus().getDescription()).contains("boilerplate");
    }
}
