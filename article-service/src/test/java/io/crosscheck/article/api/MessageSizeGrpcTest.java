package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.BatchCreateArticlesResponse;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * quarkus.grpc.server.max-inbound-message-size (20 MiB): a larger request is refused with RESOURCE_EXHAUSTED before it
 * is read, and nothing of it is stored; a request above the HTTP server's body limit but within the gRPC one (gRPC
 * shares the HTTP port) is served, so that what the gateway forwards of its 16 MiB bodies arrives.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class MessageSizeGrpcTest {
    private static final int TEXT_CHARS = 1_000_000;

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void aBatchOverTheMessageLimitIsResourceExhaustedAndStoresNothing() {
        String marker = word("toolarge");
        BatchCreateArticlesRequest request = batch(marker, 22);
        assertThat(request.getSerializedSize()).isGreaterThan(20 * 1024 * 1024);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> articles.batchCreateArticles(request));

        assertThat(e).isNotNull();
        // The transport refuses it before the service runs: the canonical code is the whole message.
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(marker).build()).getArticlesList()).isEmpty();
    }

    @Test
    void aBatchOverTheHttpBodyLimitButWithinTheMessageLimitIsServed() {
        String marker = word("bigbatch");
        BatchCreateArticlesRequest request = batch(marker, 11);
        assertThat(request.getSerializedSize()).isGreaterThan(10 * 1024 * 1024).isLessThan(20 * 1024 * 1024);

        BatchCreateArticlesResponse response = articles.batchCreateArticles(request);

        assertThat(response.getResultsList()).hasSize(11).allSatisfy(r -> assertThat(r.hasResponse()).as(r.toString()).isTrue());
        assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(marker).setPageSize(100).build())
                .getArticlesList()).hasSize(11);
    }

    /** n articles of the longest text the store takes, each its own (distinct text, distinct URL). */
    private static BatchCreateArticlesRequest batch(String marker, int n) {
        BatchCreateArticlesRequest.Builder batch = BatchCreateArticlesRequest.newBuilder();
        String paragraph = "The harbour authority said on Tuesday that forty container ships were delayed by the storm.\n\n";
        String filler = paragraph.repeat(TEXT_CHARS / paragraph.length() + 1);
        for (int i = 0; i < n; i++) {
            String head = marker + " report " + i + " " + word("t") + ".\n\n";
            String text = (head + filler).substring(0, TEXT_CHARS);
            batch.addRequests(create(article(marker + "n" + i).setOriginalText(text)));
        }
        return batch.build();
    }
}
