package io.crosscheck.article.api;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.domain.PageTokenFuzzSupport;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.BatchCreateArticlesResponse;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.ListArticlesResponse;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.grpc.GrpcErrors;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.failsWith;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile gRPC requests, one table: times far outside the Timestamp range, forged page tokens, control characters,
 * oversized fields, malformed protobuf bytes. Each is refused with its canonical code (never INTERNAL or UNKNOWN), a
 * description naming the field or the limit, and leaves the store as it was: the same number of articles, and a
 * known article unchanged.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class HostileGrpcRequestTest {
    private static final long MAX_SECONDS = 253_402_300_799L;
    private static final long MIN_SECONDS = -62_135_596_800L;

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @GrpcClient("articles")
    Channel channel;

    private static Article known;

    /** What a case sends, and how it must be refused: a code, and the field (INVALID_ARGUMENT) or words of the limit. */
    record Case(String name, Status.Code code, String field, String mentions, Consumer<HostileGrpcRequestTest> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> t = new ArrayList<>();
        // Publish times of CreateArticle: outside 0001-01-01..9999-12-31, nanos outside 0..999,999,999.
        for (long seconds : new long[] {1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE, MAX_SECONDS + 1, MIN_SECONDS - 1}) {
            t.add(invalid("create published seconds " + seconds, "article.published_time", "0001-01-01",
                    s -> s.createWith(a -> a.setPublishedTime(ts(seconds, 0)))));
        }
        for (int nanos : new int[] {-1, 1_000_000_000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            t.add(invalid("create published nanos " + nanos, "article.published_time", "999999999",
                    s -> s.createWith(a -> a.setPublishedTime(ts(1_764_064_800L, nanos)))));
        }
        // List and search time filters.
        t.add(invalid("list published_after 2^62", "published_after", "0001-01-01",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPublishedAfter(ts(1L << 62, 0)).build())));
        t.add(invalid("list published_before -2^62", "published_before", "0001-01-01",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPublishedBefore(ts(-(1L << 62), 0)).build())));
        t.add(invalid("list published_after nanos -5", "published_after", "999999999",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPublishedAfter(ts(0, -5)).build())));
        t.add(invalid("search published_after Long.MIN", "published_after", "0001-01-01",
                s -> s.articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery("harbour")
                        .setPublishedAfter(ts(Long.MIN_VALUE, 0)).build())));
        t.add(invalid("search published_before Long.MAX", "published_before", "9999-12-31",
                s -> s.articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery("harbour")
                        .setPublishedBefore(ts(Long.MAX_VALUE, 0)).build())));
        t.add(invalid("search published_before nanos 10^9", "published_before", "999999999",
                s -> s.articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery("harbour")
                        .setPublishedBefore(ts(0, 1_000_000_000)).build())));
        t.add(invalid("list after not before before", "published_after", "published_before",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPublishedAfter(ts(100, 0))
                        .setPublishedBefore(ts(100, 0)).build())));
        // Page tokens.
        t.add(invalid("page token not base64", "page_token", "page_token", s -> s.listWithToken("!!!not-a-token")));
        t.add(invalid("page token millis Long.MAX", "page_token", "page_token",
                s -> s.listWithToken(PageTokenFuzzSupport.raw(Long.MAX_VALUE, "abc", s.listFingerprint()))));
        t.add(invalid("page token millis Long.MIN", "page_token", "page_token",
                s -> s.listWithToken(PageTokenFuzzSupport.raw(Long.MIN_VALUE, "abc", s.listFingerprint()))));
        t.add(invalid("page token millis one past 9999", "page_token", "page_token",
                s -> s.listWithToken(PageTokenFuzzSupport.raw(253_402_300_800_000L, "abc", s.listFingerprint()))));
        t.add(invalid("page token id of 10,000 chars", "page_token", "page_token",
                s -> s.listWithToken(PageTokenFuzzSupport.raw(0, "x".repeat(10_000), s.listFingerprint()))));
        t.add(invalid("page token empty parts", "page_token", "page_token", s -> s.listWithToken("djF8fHw")));
        t.add(invalid("page token of another query", "page_token", "different query", s -> s.articles.searchArticles(
                SearchArticlesRequest.newBuilder().setQuery("harbour").setPageToken(s.realListToken()).build())));
        // Control characters (tab and newline allowed elsewhere, never NUL, ESC, CR, DEL, C1).
        t.add(invalid("url with NUL", "article.url", "U+0000", s -> s.createWith(a -> a.setUrl("https://news.example/a\u0000b"))));
        t.add(invalid("url with ESC", "article.url", "U+001B", s -> s.createWith(a -> a.setUrl("https://news.example/\u001b[31m"))));
        t.add(invalid("url with CR LF", "article.url", "U+000D",
                s -> s.createWith(a -> a.setUrl("https://news.example/x\r\nSet-Cookie: a=b"))));
        t.add(invalid("url with tab", "article.url", "url", s -> s.createWith(a -> a.setUrl("https://news.example/a\tb"))));
        t.add(invalid("outlet with NUL", "article.outlet", "U+0000", s -> s.createWith(a -> a.setOutlet("Harbor\u0000Gazette"))));
        t.add(invalid("outlet with ESC", "article.outlet", "U+001B", s -> s.createWith(a -> a.setOutlet("\u001b[2JGazette"))));
        t.add(invalid("outlet with CR LF", "article.outlet", "U+000D", s -> s.createWith(a -> a.setOutlet("Gazette\r\nX-Forged: 1"))));
        t.add(invalid("outlet with DEL", "article.outlet", "U+007F", s -> s.createWith(a -> a.setOutlet("Gazette\u007f"))));
        t.add(invalid("outlet with C1 NEL", "article.outlet", "U+0085", s -> s.createWith(a -> a.setOutlet("Gazette\u0085"))));
        t.add(invalid("title with NUL", "article.title", "U+0000", s -> s.createWith(a -> a.setTitle("Storm\u0000"))));
        t.add(invalid("title with ESC sequence", "article.title", "U+001B", s -> s.createWith(a -> a.setTitle("\u001b[31mStorm"))));
        t.add(invalid("title with CR", "article.title", "U+000D", s -> s.createWith(a -> a.setTitle("Storm\rdelays"))));
        t.add(invalid("title with bell", "article.title", "U+0007", s -> s.createWith(a -> a.setTitle("Storm\u0007"))));
        t.add(invalid("byline with NUL", "article.byline", "U+0000", s -> s.createWith(a -> a.setByline("Jane\u0000Doe"))));
        t.add(invalid("language with ESC", "article.language", "U+001B", s -> s.createWith(a -> a.setLanguage("en\u001b"))));
        // Sizes.
        t.add(invalid("url of 2,049 chars", "article.url", "2048",
                s -> s.createWith(a -> a.setUrl("https://news.example/" + "u".repeat(2049 - 21)))));
        t.add(invalid("url of 200,000 chars", "article.url", "2048",
                s -> s.createWith(a -> a.setUrl("https://news.example/" + "u".repeat(200_000)))));
        t.add(invalid("outlet of 2,049 chars", "article.outlet", "2048", s -> s.createWith(a -> a.setOutlet("o".repeat(2049)))));
        t.add(invalid("title of 2,049 chars", "article.title", "2048", s -> s.createWith(a -> a.setTitle("t".repeat(2049)))));
        t.add(invalid("text over 1,000,000 chars", "article.original_text", "1000000",
                s -> s.createWith(a -> a.setOriginalText("Ships waited. ".repeat(71_500)))));
        t.add(invalid("page size -1", "page_size", "negative",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(-1).build())));
        t.add(invalid("page size 1001", "page_size", "1000",
                s -> s.articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(1001).build())));
        t.add(invalid("get id of 65 chars", "id", "id",
                s -> s.articles.getArticle(GetArticleRequest.newBuilder().setId("i".repeat(65)).build())));
        t.add(invalid("no article", "article", "required", s -> s.articles.createArticle(CreateArticleRequest.getDefaultInstance())));
        t.add(invalid("search without words", "query", "query",
                s -> s.articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery("\u0000 !!! \u001b").build())));
        // Bytes that are no protobuf message at all.
        for (byte[] bytes : new byte[][] {{(byte) 0xff, (byte) 0xff, (byte) 0xff}, {0x0a, 0x05, 0x01},
                {0x0a, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}, {0x0b}}) {
            t.add(new Case("malformed protobuf " + hex(bytes), Status.Code.INVALID_ARGUMENT, null,
                    "crosscheck.article.v1.CreateArticleRequest", s -> s.sendRaw(bytes)));
        }
        // Over quarkus.grpc.server.max-inbound-message-size: refused by the transport, described by OversizeRequestMessage.
        t.add(new Case("message over 20 MiB", Status.Code.RESOURCE_EXHAUSTED, null, "20971520",
                s -> s.articles.createArticle(create(article(word("huge")).setOriginalText("x".repeat(21 * 1024 * 1024))))));
        return t;
    }

    @BeforeEach
    void knownArticle() {
        if (known == null) {
            known = articles.createArticle(create(article(word("known")))).getArticle();
            articles.createArticle(create(article(word("second"))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAndNothingChanges(Case c) {
        int before = count();
        Article knownBefore = get(known.getId());

        StatusRuntimeException e = c.field() != null
                ? invalidArgument(c.field(), () -> c.call().accept(this))
                : failsWith(c.code(), () -> c.call().accept(this));

        assertThat(e.getStatus().getCode()).isEqualTo(c.code()).isNotIn(Status.Code.INTERNAL, Status.Code.UNKNOWN);
        assertThat(e.getStatus().getDescription()).as("description of %s", c.name()).contains(c.mentions());
        assertThat(count()).as("articles stored").isEqualTo(before);
        assertThat(get(known.getId())).isEqualTo(knownBefore);
    }

    @Test
    void tableHoldsAtLeastFortyCases() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
    }

    /** A batch with items whose times are out of range: each such item has its own error, the rest are stored. */
    @Test
    void batchItemsWithTimesOutOfRangeFailOneByOne() {
        String outlet = "Hostile Batch " + word("o");
        String good0 = word("good");
        String good3 = word("good");
        BatchCreateArticlesResponse response = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .addRequests(create(article(good0).setOutlet(outlet)))
                .addRequests(create(article(word("bad")).setOutlet(outlet).setPublishedTime(ts(1L << 62, 0))))
                .addRequests(create(article(word("bad")).setOutlet(outlet).setPublishedTime(ts(0, -1))))
                .addRequests(create(article(good3).setOutlet(outlet)))
                .addRequests(create(article(word("bad")).setOutlet("Bad\u0000" + outlet)))
                .build());

        List<BatchCreateArticleResult> r = response.getResultsList();
        assertThat(r).hasSize(5);
        assertThat(r.get(0).hasResponse()).isTrue();
        assertThat(r.get(3).hasResponse()).isTrue();
        for (int i : new int[] {1, 2}) {
            assertThat(r.get(i).getError().getCode()).isEqualTo("INVALID_ARGUMENT");
            assertThat(r.get(i).getError().getField()).isEqualTo("requests[" + i + "].article.published_time");
            assertThat(r.get(i).getError().getMessage()).startsWith("requests[" + i + "].article.published_time: ");
        }
        assertThat(r.get(4).getError().getField()).isEqualTo("requests[4].article.outlet");
        assertThat(articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(outlet).build()).getArticlesList())
                .extracting(Article::getUrl)
                .containsExactlyInAnyOrder("https://news.example/" + good0, "https://news.example/" + good3);
    }

    @Test
    void timesAtTheEdgesOfTheRangeAreStoredAndReadBack() {
        Article first = articles.createArticle(create(article(word("edge")).setPublishedTime(ts(MIN_SECONDS, 0)))).getArticle();
        Article last = articles.createArticle(create(article(word("edge")).setPublishedTime(ts(MAX_SECONDS, 999_999_999))))
                .getArticle();

        assertThat(first.getPublishedTime().getSeconds()).isEqualTo(MIN_SECONDS);
        assertThat(last.getPublishedTime().getSeconds()).isEqualTo(MAX_SECONDS);
        assertThat(articles.listArticles(ListArticlesRequest.newBuilder().setPublishedAfter(ts(MIN_SECONDS, 0))
                .setPublishedBefore(ts(MAX_SECONDS, 999_999_999)).setPageSize(1000).build()).getArticlesList())
                .extracting(Article::getId).contains(first.getId());
    }

    @Test
    void tabAndNewlineStayAllowedInTitles() {
        Article stored = articles.createArticle(create(article(word("tabs")).setTitle("Storm\tdelays\nshipping"))).getArticle();
        assertThat(stored.getTitle()).isEqualTo("Storm\tdelays\nshipping");
    }

    @Test
    void malformedBytesCarryTheHouseErrorDetails() {
        StatusRuntimeException e = failsWith(Status.Code.INVALID_ARGUMENT, () -> sendRaw(new byte[] {0x0a, 0x05, 0x01}));
        assertThat(GrpcErrors.violatedField(e)).isEmpty();
        assertThat(e.getStatus().getDescription()).startsWith("the request is not a valid crosscheck.article.v1.CreateArticleRequest");
    }

    // ---- what the cases call

    private void createWith(Consumer<Article.Builder> change) {
        Article.Builder a = article(word("hostile"));
        change.accept(a);
        articles.createArticle(create(a));
    }

    private void listWithToken(String token) {
        articles.listArticles(ListArticlesRequest.newBuilder().setPageToken(token).build());
    }

    /** The fingerprint of a plain listing, read from a real token (tokens are opaque to clients, not to this test). */
    private String listFingerprint() {
        String raw = new String(java.util.Base64.getUrlDecoder().decode(realListToken()), java.nio.charset.StandardCharsets.UTF_8);
        return raw.substring(raw.lastIndexOf('|') + 1);
    }

    private String realListToken() {
        String token = articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(1).build()).getNextPageToken();
        assertThat(token).as("two articles are stored, so a page of one has a next page").isNotEmpty();
        return token;
    }

    private void sendRaw(byte[] bytes) {
        MethodDescriptor<byte[], byte[]> raw = ArticleServiceGrpc.getCreateArticleMethod().toBuilder(BYTES, BYTES).build();
        ClientCalls.blockingUnaryCall(channel, raw, CallOptions.DEFAULT, bytes);
    }

    private int count() {
        int n = 0;
        String token = "";
        do {
            ListArticlesResponse page = articles.listArticles(ListArticlesRequest.newBuilder().setPageSize(1000)
                    .setView(ArticleView.ARTICLE_VIEW_BASIC).setPageToken(token).build());
            n += page.getArticlesCount();
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return n;
    }

    private Article get(String id) {
        return articles.getArticle(GetArticleRequest.newBuilder().setId(id).build()).getArticle();
    }

    private static Case invalid(String name, String field, String mentions, Consumer<HostileGrpcRequestTest> call) {
        return new Case(name, Status.Code.INVALID_ARGUMENT, field, mentions, call);
    }

    private static Timestamp ts(long seconds, int nanos) {
        return Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos).build();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
}
