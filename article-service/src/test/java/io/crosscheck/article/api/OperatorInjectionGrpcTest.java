package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.BatchGetClaimsResponse;
import io.crosscheck.article.v1.DeleteArticleRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.GetClaimsRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesResponse;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.Span;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * MongoDB operator injection through every input of the gRPC API: values shaped like query operators ({"$gt": ""},
 * {"$ne": null}, $where, regexes, dotted and $-prefixed names) in ids, urls, outlets, keywords, page tokens, extractor
 * versions and claim sets. Each is refused (INVALID_ARGUMENT, NOT_FOUND) or matched literally; none matches
 * everything, none fails with INTERNAL, and what was stored before is exactly what is stored after.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class OperatorInjectionGrpcTest {
    /** Query operators and the shapes they take as text; none holds a word of the fixture articles. */
    static final List<String> HOSTILE = List.of(
            "{\"$gt\": \"\"}", "{\"$ne\": null}", "{$ne: 1}", "$where", "{\"$where\": \"sleep(100) || true\"}",
            "{\"$regex\": \".*\"}", ".*", "$gt", "$exists", "this.constructor", "_id", "{\"_id\": {\"$exists\": true}}",
            "$$ROOT", "a.b.c", "outlet.$", "[$ne]=", "\u0000", "'; return true; var x='", "{\"$expr\": {\"$eq\": [1, 1]}}");

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    private Article a;
    private Article b;
    private ClaimSet claimsOfA;

    @BeforeEach
    void storeTwoArticlesAndClaims() {
        a = articles.createArticle(create(article(word("inja")))).getArticle();
        b = articles.createArticle(create(article(word("injb")))).getArticle();
        Article full = articles.getArticle(GetArticleRequest.newBuilder().setId(a.getId()).setView(ArticleView.ARTICLE_VIEW_FULL)
                .build()).getArticle();
        claimsOfA = ClaimSet.newBuilder().setExtractorVersion("inj-v1")
                .addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText(full.getCleanedText().substring(0, 11))
                        .setSpan(Span.newBuilder().setStart(0).setEnd(11))).build();
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(claimsOfA).build());
    }

    @Test
    void idsShapedLikeOperatorsMatchNothing() {
        for (String h : HOSTILE) {
            refused(() -> articles.getArticle(GetArticleRequest.newBuilder().setId(h).build()), h);
            refused(() -> articles.deleteArticle(DeleteArticleRequest.newBuilder().setId(h).build()), h);
            refused(() -> articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(h).setExtractorVersion("inj-v1").build()), h);
            refused(() -> articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId()).setExtractorVersion(h).build()), h);
            refused(() -> articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(h).setClaimSet(claimsOfA).build()), h);
            BatchGetClaimsResponse batch = answerOrRefusal(() -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                    .addArticleIds(h).addArticleIds(a.getId()).setExtractorVersion("inj-v1").build()), h);
            if (batch != null) {
                assertThat(batch.getFoundList()).as(h).extracting(f -> f.getArticleId()).containsExactly(a.getId());
            }
            BatchGetClaimsResponse byVersion = answerOrRefusal(() -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                    .addArticleIds(a.getId()).addArticleIds(b.getId()).setExtractorVersion(h).build()), h);
            if (byVersion != null) {
                assertThat(byVersion.getFoundList()).as(h).isEmpty();
            }
        }
        assertUnchanged();
    }

    @Test
    void anIdAndVersionCannotBeSplicedIntoAnotherArticlesClaimKey() {
        // Claims stored under a version holding the key separator must not answer for another (article, version) pair.
        ClaimSet spliced = claimsOfA.toBuilder().setExtractorVersion("inj@v2").build();
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(spliced).build());

        refused(() -> articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId() + "@inj")
                .setExtractorVersion("v2").build()), "id@version");
        BatchGetClaimsResponse batch = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds(a.getId() + "@inj").setExtractorVersion("v2").build());
        assertThat(batch.getFoundList()).isEmpty();
        assertThat(batch.getMissingArticleIdsList()).containsExactly(a.getId() + "@inj");
        assertThat(articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId()).setExtractorVersion("inj@v2")
                .build()).getClaimSet()).isEqualTo(spliced);
    }

    @Test
    void keywordsOutletsAndRangesAreLiteral() {
        for (String h : HOSTILE) {
            SearchArticlesResponse search = answerOrRefusal(() -> articles.searchArticles(SearchArticlesRequest.newBuilder()
                    .setQuery(h).setPageSize(1000).build()), h);
            if (search != null) {
                assertThat(search.getArticlesList()).as("search %s", h).extracting(Article::getId)
                        .doesNotContain(a.getId(), b.getId());
            }
            assertThat(articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(h).setPageSize(1000).build())
                    .getArticlesList()).as("outlet %s", h).isEmpty();
            assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().addOutlets(h).addOutlets(a.getOutlet())
                    .setPageSize(1000).build()).getArticlesList()).as("outlet %s", h).extracting(Article::getId)
                    .containsExactly(a.getId());
        }
        assertUnchanged();
    }

    @Test
    void pageTokensThatAreNotOursAreRefused() {
        for (String h : HOSTILE) {
            refused(() -> articles.listArticles(ListArticlesRequest.newBuilder().setPageToken(h).build()), h);
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(("v1|0|" + h + "|0000000000000000")
                    .getBytes(StandardCharsets.UTF_8));
            refused(() -> articles.listArticles(ListArticlesRequest.newBuilder().setPageToken(forged).build()), "forged " + h);
        }
        assertUnchanged();
    }

    @Test
    void articlesAndClaimSetsCarryingOperatorsAreStoredAsText() {
        String marker = word("injstored");
        String hostile = String.join(" ", HOSTILE).replace("\u0000", "");
        Article stored = articles.createArticle(create(article(marker).setOutlet("{\"$ne\": null} " + marker)
                .setTitle("$where " + hostile).setByline("{\"$gt\": \"\"}").setUrl("https://news.example/" + marker + "?$where=1&a.b=$gt")
                .setLanguage("en"))).getArticle();
        Article read = articles.getArticle(GetArticleRequest.newBuilder().setId(stored.getId()).setView(ArticleView.ARTICLE_VIEW_FULL)
                .build()).getArticle();
        assertThat(read.getOutlet()).isEqualTo("{\"$ne\": null} " + marker);
        assertThat(read.getTitle()).isEqualTo("$where " + hostile);
        assertThat(read.getByline()).isEqualTo("{\"$gt\": \"\"}");
        assertThat(read.getUrl()).endsWith("?$where=1&a.b=$gt");
        assertThat(articles.listArticles(ListArticlesRequest.newBuilder().addOutlets(read.getOutlet()).build())
                .getArticlesList()).extracting(Article::getId).containsExactly(stored.getId());

        // Entity names become search terms: operator-shaped names are words like any other.
        ClaimSet names = ClaimSet.newBuilder().setExtractorVersion("$where")
                .addEntities(Entity.newBuilder().setCanonicalName("{\"$gt\": \"\"}").addAliases("$ne").addAliases("a.b")
                        .addMentions(Span.newBuilder().setStart(0).setEnd(3)))
                .build();
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(stored.getId()).setClaimSet(names).build());
        assertThat(articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(stored.getId()).setExtractorVersion("$where")
                .build()).getClaimSet()).isEqualTo(names);
        refused(() -> articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(stored.getId())
                .setExtractorVersion("{\"$ne\": null}").build()), "version");
        assertUnchanged();
    }

    @Test
    void batchItemsCarryingOperatorsAreStoredOrRefusedOneByOne() {
        String marker = word("injbatch");
        var response = articles.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
                .addRequests(create(article(marker).setUrl("{\"$gt\": \"\"}")))
                .addRequests(create(article(marker + "x").setOutlet("$where " + marker)))
                .build());
        assertThat(response.getResults(0).hasError()).as("an operator is no absolute URL").isTrue();
        assertThat(response.getResults(1).getResponse().getArticle().getOutlet()).isEqualTo("$where " + marker);
        assertUnchanged();
    }

    /** The two fixture articles and the claims of the first are exactly as stored. */
    private void assertUnchanged() {
        for (Article x : List.of(a, b)) {
            assertThat(articles.getArticle(GetArticleRequest.newBuilder().setId(x.getId()).build()).getArticle()).isEqualTo(x);
        }
        assertThat(articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId()).setExtractorVersion("inj-v1")
                .build()).getClaimSet()).isEqualTo(claimsOfA);
    }

    private static final Set<Status.Code> REFUSALS = Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND);

    private static void refused(Runnable call, String value) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("%s must be refused", value).isNotNull();
        assertThat(e.getStatus().getCode()).as("%s: %s", value, e.getStatus()).isIn(REFUSALS);
    }

    private static <T> T answerOrRefusal(java.util.function.Supplier<T> call, String value) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            assertThat(e.getStatus().getCode()).as("%s: %s", value, e.getStatus()).isIn(REFUSALS);
            return null;
        }
    }
}
