package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.ListArticlesResponse;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.instant;
import static io.crosscheck.article.api.Fixtures.timestamp;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static io.crosscheck.article.api.GrpcAssert.notFound;
import static org.assertj.core.api.Assertions.assertThat;

/** GetArticle and ListArticles. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ReadArticlesGrpcTest {
    private static final Instant T = Instant.parse("2025-11-25T12:00:00Z");

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void getReturnsTheCleanedText() {
        String marker = word("get");
        String original = "<p>" + Fixtures.text(marker).replace("\n\n", "</p>\n\n<p>") + "</p>\n\nSkip past newsletter promotions\n"
                + "Recommended Stories\nAdditional reporting by Ben Hall in London\n";
        String id = articles.createArticle(create(article(marker).setOriginalText(original))).getArticle().getId();

        Article full = articles.getArticle(GetArticleRequest.newBuilder().setId(id).build()).getArticle();
        Article explicitFull = articles.getArticle(GetArticleRequest.newBuilder().setId(id)
                .setView(ArticleView.ARTICLE_VIEW_FULL).build()).getArticle();

        assertThat(full.getId()).isEqualTo(id);
        assertThat(full.getOriginalText()).isEqualTo(original);
        assertThat(full.getCleanedText()).isEqualTo(Fixtures.text(marker));
        assertThat(explicitFull).isEqualTo(full);
    }

    @Test
    void basicViewLeavesOutTheTexts() {
        String marker = word("basic");
        String id = articles.createArticle(create(article(marker))).getArticle().getId();

        Article basic = articles.getArticle(GetArticleRequest.newBuilder().setId(id)
                .setView(ArticleView.ARTICLE_VIEW_BASIC).build()).getArticle();

        assertThat(basic.getId()).isEqualTo(id);
        assertThat(basic.getTitle()).isEqualTo("Storm delays shipping in " + marker);
        assertThat(basic.getContentHash()).isNotEmpty();
        assertThat(basic.getOriginalText()).isEmpty();
        assertThat(basic.getCleanedText()).isEmpty();
    }

    @Test
    void unknownIdIsNotFound() {
        var e = notFound(() -> articles.getArticle(GetArticleRequest.newBuilder().setId("0123456789abcdef01234567").build()));
        assertThat(e.getStatus().getDescription()).contains("0123456789abcdef01234567");
    }

    @Test
    void emptyOrOverlongIdIsInvalid() {
        invalidArgument("id", () -> articles.getArticle(GetArticleRequest.getDefaultInstance()));
        invalidArgument("id", () -> articles.getArticle(GetArticleRequest.newBuilder().setId("  ").build()));
        invalidArgument("id", () -> articles.getArticle(GetArticleRequest.newBuilder().setId("x".repeat(65)).build()));
    }

    @Test
    void listFiltersByOutlet() {
        String a = "Outlet A " + word("o");
        String b = "Outlet B " + word("o");
        String c = "Outlet C " + word("o");
        String inA = createIn(a, T);
        String inB = createIn(b, T.minusSeconds(60));
        createIn(c, T.minusSeconds(120));

        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets(a)))).containsExactly(inA);
        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets(a).addOutlets(" " + b + " "))))
                .containsExactly(inA, inB);
        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets("No such outlet " + word("o"))))).isEmpty();
    }

    @Test
    void listFiltersByPublishTimeRangeAfterInclusiveBeforeExclusive() {
        String outlet = "Range Outlet " + word("o");
        String t0 = createIn(outlet, T);
        String t1 = createIn(outlet, T.plusSeconds(3600));
        String t2 = createIn(outlet, T.plusSeconds(7200));
        String t3 = createIn(outlet, T.plusSeconds(10800));

        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets(outlet)
                .setPublishedAfter(timestamp(T.plusSeconds(3600))).setPublishedBefore(timestamp(T.plusSeconds(10800))))))
                .containsExactly(t2, t1);
        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets(outlet)
                .setPublishedAfter(timestamp(T.plusSeconds(7200)))))).containsExactly(t3, t2);
        assertThat(ids(list(ListArticlesRequest.newBuilder().addOutlets(outlet)
                .setPublishedBefore(timestamp(T.plusSeconds(3600)))))).containsExactly(t0);
    }

    @Test
    void listPagesReturnEveryArticleOnceNewestFirst() {
        String outlet = "Paging Outlet " + word("o");
        // Five articles, two of them published at the same moment: ties are ordered by id, newest first.
        BatchCreateArticlesRequest.Builder batch = BatchCreateArticlesRequest.newBuilder();
        Instant[] times = {T.minusSeconds(7200), T, T.minusSeconds(3600), T.minusSeconds(3600), T.minusSeconds(10800)};
        for (Instant time : times) {
            batch.addRequests(create(article(word("page")).setOutlet(outlet).setPublishedTime(timestamp(time))));
        }
        List<Article> created = articles.batchCreateArticles(batch.build()).getResultsList().stream()
                .map(r -> r.getResponse().getArticle()).toList();
        List<String> expected = created.stream()
                .sorted(Comparator.comparing((Article a) -> instant(a.getPublishedTime())).reversed()
                        .thenComparing(Article::getId, Comparator.reverseOrder()))
                .map(Article::getId).toList();

        List<List<String>> pages = new ArrayList<>();
        String token = "";
        do {
            ListArticlesResponse page = list(ListArticlesRequest.newBuilder().addOutlets(outlet).setPageSize(2)
                    .setPageToken(token));
            pages.add(ids(page));
            token = page.getNextPageToken();
            assertThat(pages).as("paging must end").hasSizeLessThanOrEqualTo(3);
        } while (!token.isEmpty());

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void listDefaultsToBasicViewAndGivesTextsOnRequest() {
        String outlet = "View Outlet " + word("o");
        createIn(outlet, T);

        Article basic = list(ListArticlesRequest.newBuilder().addOutlets(outlet)).getArticles(0);
        Article full = list(ListArticlesRequest.newBuilder().addOutlets(outlet).setView(ArticleView.ARTICLE_VIEW_FULL))
                .getArticles(0);

        assertThat(basic.getCleanedText()).isEmpty();
        assertThat(basic.getOriginalText()).isEmpty();
        assertThat(full.getCleanedText()).isNotEmpty();
        assertThat(full.getOriginalText()).isNotEmpty();
    }

    @Test
    void malformedPageTokenIsInvalid() {
        invalidArgument("page_token", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .setPageToken("not a token!").build()));
        invalidArgument("page_token", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .setPageToken("bm9wZQ").build()));
    }

    @Test
    void pageTokenOfAnotherFilterIsInvalid() {
        String outlet = "Token Outlet " + word("o");
        createIn(outlet, T);
        createIn(outlet, T.minusSeconds(60));
        String token = list(ListArticlesRequest.newBuilder().addOutlets(outlet).setPageSize(1)).getNextPageToken();
        assertThat(token).isNotEmpty();

        var e = invalidArgument("page_token", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .addOutlets("Other " + outlet).setPageSize(1).setPageToken(token).build()));
        assertThat(e.getStatus().getDescription()).contains("different query");
        invalidArgument("page_token", () -> articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(outlet)
                .setPublishedBefore(timestamp(T.plusSeconds(1))).setPageSize(1).setPageToken(token).build()));
        // The same filter with another page size is the same query.
        assertThat(list(ListArticlesRequest.newBuilder().addOutlets(outlet).setPageSize(5).setPageToken(token))
                .getArticlesCount()).isEqualTo(1);
    }

    @Test
    void pageSizeOverTheMaximumOrNegativeIsInvalid() {
        var e = invalidArgument("page_size", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .setPageSize(1001).build()));
        assertThat(e.getStatus().getDescription()).contains("1000");
        invalidArgument("page_size", () -> articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(-1).build()));
    }

    @Test
    void publishedAfterNotBeforePublishedBeforeIsInvalid() {
        invalidArgument("published_after", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .setPublishedAfter(timestamp(T)).setPublishedBefore(timestamp(T)).build()));
        invalidArgument("published_after", () -> articles.listArticles(ListArticlesRequest.newBuilder()
                .setPublishedAfter(timestamp(T.plusSeconds(1))).setPublishedBefore(timestamp(T)).build()));
    }

    private String createIn(String outlet, Instant published) {
        return articles.createArticle(create(article(word("list")).setOutlet(outlet).setPublishedTime(timestamp(published))))
                .getArticle().getId();
    }

    private ListArticlesResponse list(ListArticlesRequest.Builder request) {
        return articles.listArticles(request.build());
    }

    private static List<String> ids(ListArticlesResponse response) {
        return response.getArticlesList().stream().map(Article::getId).toList();
    }
}
