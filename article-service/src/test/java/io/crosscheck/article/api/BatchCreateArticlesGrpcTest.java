package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.BatchCreateArticlesResponse;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.ItemError;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class BatchCreateArticlesGrpcTest {

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void badItemsGetTheirOwnErrorsAndLeaveNothingWhileGoodItemsAreStored() {
        String outlet = "Batch Outlet " + word("o");
        String good0 = word("good");
        String badUrl = word("badurl");
        String good2 = word("good");
        String boilerplateOnly = word("boiler");
        String badOutlet = word("nooutlet");

        BatchCreateArticlesResponse response = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .addRequests(create(article(good0).setOutlet(outlet)))
                .addRequests(create(article(badUrl).setOutlet(outlet).setUrl("not-absolute/" + badUrl)))
                .addRequests(create(article(good2).setOutlet(outlet)))
                .addRequests(create(article(boilerplateOnly).setOutlet(outlet)
                        .setOriginalText("Advertisement\nLeave a Comment\nPhoto: " + boilerplateOnly + "/Agency")))
                .addRequests(create(article(badOutlet).setOutlet(" ")))
                .addRequests(CreateArticleRequest.getDefaultInstance())
                .build());

        List<BatchCreateArticleResult> results = response.getResultsList();
        assertThat(results).hasSize(6);
        assertThat(results).extracting(BatchCreateArticleResult::getIndex).containsExactly(0, 1, 2, 3, 4, 5);

        assertStored(results.get(0), good0);
        assertStored(results.get(2), good2);
        assertRejected(results.get(1), "requests[1].article.url");
        assertRejected(results.get(3), "requests[3].article.original_text");
        assertRejected(results.get(4), "requests[4].article.outlet");
        assertRejected(results.get(5), "requests[5].article.url");

        // The good ones are readable, the bad ones left no trace.
        for (int i : new int[] {0, 2}) {
            String id = results.get(i).getResponse().getArticle().getId();
            assertThat(articles.getArticle(GetArticleRequest.newBuilder().setId(id).build()).getArticle().getId())
                    .isEqualTo(id);
        }
        assertThat(articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(outlet).build()).getArticlesList())
                .extracting(Article::getUrl)
                .containsExactlyInAnyOrder("https://news.example/" + good0, "https://news.example/" + good2);
        for (String marker : List.of(badUrl, boilerplateOnly, badOutlet)) {
            assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(marker).build())
                    .getArticlesList()).as("nothing of %s stored", marker).isEmpty();
        }
    }

    @Test
    void duplicatesInsideOneBatchAndAgainstTheStoreComeBackAsTheStoredArticle() {
        String outlet = "Batch Outlet " + word("o");
        String stored = word("stored");
        String first = word("first");
        String second = word("second");
        String storedId = articles.createArticle(create(article(stored).setOutlet(outlet))).getArticle().getId();

        BatchCreateArticlesResponse response = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .addRequests(create(article(first).setOutlet(outlet)))                          // 0 new
                .addRequests(create(article(first).setOutlet(outlet)
                        .setOriginalText(Fixtures.text(word("x")))))                          // 1 same URL as 0
                .addRequests(create(article(second).setOutlet(outlet)))                         // 2 new
                .addRequests(create(article(second).setOutlet(outlet)
                        .setUrl("https://copy.example/" + second)
                        .setOriginalText(Fixtures.text(second).toUpperCase())))                // 3 same text as 2
                .addRequests(create(article(stored).setOutlet(outlet)
                        .setOriginalText(Fixtures.text(word("y")))))                          // 4 same URL as stored
                .addRequests(create(article(stored).setOutlet(outlet)
                        .setUrl("https://copy.example/" + stored)))                              // 5 same text as stored
                .build());

        List<BatchCreateArticleResult> r = response.getResultsList();
        assertThat(r).hasSize(6).allSatisfy(result -> assertThat(result.hasError()).isFalse());
        assertThat(r.get(0).getResponse().getAlreadyExisted()).isFalse();
        assertThat(r.get(2).getResponse().getAlreadyExisted()).isFalse();
        String id0 = r.get(0).getResponse().getArticle().getId();
        String id2 = r.get(2).getResponse().getArticle().getId();
        assertThat(id0).isNotEqualTo(id2);
        assertThat(r.get(1).getResponse().getAlreadyExisted()).isTrue();
        assertThat(r.get(1).getResponse().getArticle().getId()).isEqualTo(id0);
        assertThat(r.get(3).getResponse().getAlreadyExisted()).isTrue();
        assertThat(r.get(3).getResponse().getArticle().getId()).isEqualTo(id2);
        assertThat(r.get(4).getResponse().getAlreadyExisted()).isTrue();
        assertThat(r.get(4).getResponse().getArticle().getId()).isEqualTo(storedId);
        assertThat(r.get(5).getResponse().getAlreadyExisted()).isTrue();
        assertThat(r.get(5).getResponse().getArticle().getId()).isEqualTo(storedId);

        assertThat(articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(outlet).build()).getArticlesList())
                .extracting(Article::getId).containsExactlyInAnyOrder(storedId, id0, id2);
    }

    @Test
    void emptyBatchIsInvalid() {
        invalidArgument("requests", () -> articles.batchCreateArticles(BatchCreateArticlesRequest.getDefaultInstance()));
    }

    @Test
    void batchOverTheLimitIsInvalid() {
        BatchCreateArticlesRequest.Builder batch = BatchCreateArticlesRequest.newBuilder();
        String marker = word("many");
        for (int i = 0; i < 1001; i++) {
            batch.addRequests(create(article(marker + "n" + i).setOriginalText("Item " + i + " of " + marker)));
        }

        var e = invalidArgument("requests", () -> articles.batchCreateArticles(batch.build()));
        assertThat(e.getStatus().getDescription()).contains("1000");
        assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(marker).build())
                .getArticlesList()).isEmpty();
    }

    @Test
    void basicViewAnswersWithoutTextsAndStillStoresThem() {
        String unset = word("fullview");
        String basic = word("basicview");

        Article unsetAnswer = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .addRequests(create(article(unset))).build()).getResults(0).getResponse().getArticle();
        Article basicAnswer = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .setView(ArticleView.ARTICLE_VIEW_BASIC).addRequests(create(article(basic))).build())
                .getResults(0).getResponse().getArticle();

        assertThat(unsetAnswer.getOriginalText()).as("unspecified view answers the texts").contains(unset);
        assertThat(unsetAnswer.getCleanedText()).contains(unset);
        assertThat(basicAnswer.getId()).isNotBlank();
        assertThat(basicAnswer.getContentHash()).isNotBlank();
        assertThat(basicAnswer.getOriginalText()).isEmpty();
        assertThat(basicAnswer.getCleanedText()).isEmpty();
        Article stored = articles.getArticle(GetArticleRequest.newBuilder().setId(basicAnswer.getId()).build()).getArticle();
        assertThat(stored.getOriginalText()).contains(basic);
        assertThat(stored.getCleanedText()).contains(basic);
    }

    private static void assertStored(BatchCreateArticleResult result, String marker) {
        assertThat(result.hasError()).as("item %d error: %s", result.getIndex(), result.getError()).isFalse();
        assertThat(result.getResponse().getAlreadyExisted()).isFalse();
        assertThat(result.getResponse().getArticle().getId()).isNotBlank();
        assertThat(result.getResponse().getArticle().getUrl()).isEqualTo("https://news.example/" + marker);
    }

    private static void assertRejected(BatchCreateArticleResult result, String field) {
        assertThat(result.hasResponse()).as("item %d should be rejected", result.getIndex()).isFalse();
        ItemError error = result.getError();
        assertThat(error.getCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getMessage()).startsWith(field + ": ");
    }
}
