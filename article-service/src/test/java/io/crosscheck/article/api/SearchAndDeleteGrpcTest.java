package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.DeleteArticleRequest;
import io.crosscheck.article.v1.GetArticleRequest;
import io.crosscheck.article.v1.GetClaimsRequest;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesResponse;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.timestamp;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static io.crosscheck.article.api.GrpcAssert.notFound;
import static org.assertj.core.api.Assertions.assertThat;

/** SearchArticles and DeleteArticle. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SearchAndDeleteGrpcTest {

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void everyKeywordMustMatchInTitleOrTextIgnoringCase() {
        String inTitle = word("title");
        String inText = word("text");
        String other = word("other");
        String both = createWith(word("a"), "Ferry strike in " + inTitle, "Dockers in " + inText + " walked out on Monday.");
        String titleOnly = createWith(word("b"), "Ferry strike in " + inTitle, "Dockers elsewhere walked out on Monday.");
        String textOnly = createWith(word("c"), "Ferry strike", "Dockers in " + inText + " and " + other + " walked out.");

        assertThat(search(inTitle)).containsExactlyInAnyOrder(both, titleOnly);
        assertThat(search(inText)).containsExactlyInAnyOrder(both, textOnly);
        assertThat(search(inTitle.toUpperCase() + "  " + inText)).containsExactly(both);
        assertThat(search(inText + ", " + other.toUpperCase() + "!")).containsExactly(textOnly);
        assertThat(search(inTitle + " " + other)).isEmpty();
    }

    @Test
    void keywordsMatchWholeWordsWithoutDiacritics() {
        String stem = word("zorg");
        String id = createWith(word("d"), "Grève à " + stem + "é", "Les dockers de " + stem + "é ont cessé le travail.");

        assertThat(search(stem + "e")).containsExactly(id);
        assertThat(search(stem + "É GREVE")).containsExactly(id);
        assertThat(search(stem)).as("no partial words").isEmpty();
    }

    @Test
    void searchCombinesKeywordsWithOutletAndTimeFilters() {
        String keyword = word("kw");
        String outlet = "Search Outlet " + word("o");
        Instant t = Instant.parse("2025-11-26T08:00:00Z");
        String early = articles.createArticle(create(article(word("e")).setOutlet(outlet)
                .setPublishedTime(timestamp(t)).setTitle("Talks on " + keyword))).getArticle().getId();
        String late = articles.createArticle(create(article(word("l")).setOutlet(outlet)
                .setPublishedTime(timestamp(t.plusSeconds(3600))).setTitle("More talks on " + keyword))).getArticle().getId();
        createWith(word("x"), "Talks on " + keyword, "Elsewhere.");

        SearchArticlesResponse page1 = articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(keyword)
                .addOutlets(outlet).setPageSize(1).build());
        assertThat(page1.getArticlesList()).extracting(Article::getId).containsExactly(late);
        assertThat(page1.getArticles(0).getCleanedText()).as("basic view by default").isEmpty();
        SearchArticlesResponse page2 = articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(keyword)
                .addOutlets(outlet).setPageSize(1).setPageToken(page1.getNextPageToken()).build());
        assertThat(page2.getArticlesList()).extracting(Article::getId).containsExactly(early);
        assertThat(page2.getNextPageToken()).isEmpty();

        assertThat(articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(keyword).addOutlets(outlet)
                .setPublishedBefore(timestamp(t.plusSeconds(1))).build()).getArticlesList())
                .extracting(Article::getId).containsExactly(early);
        invalidArgument("page_token", () -> articles.searchArticles(SearchArticlesRequest.newBuilder()
                .setQuery(keyword + " " + word("more")).addOutlets(outlet).setPageSize(1)
                .setPageToken(page1.getNextPageToken()).build()));
    }

    @Test
    void namesAddedWithClaimsBecomeSearchable() {
        String speaker = word("speaker");
        String entity = word("entity");
        String alias = word("alias");
        Article a = articles.createArticle(create(article(word("names")))).getArticle();
        assertThat(search(speaker)).isEmpty();
        assertThat(search(entity)).isEmpty();

        String text = a.getCleanedText();
        int said = text.indexOf("said");
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(ClaimSet.newBuilder()
                .setExtractorVersion("test-1")
                .addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_INDIRECT_QUOTE)
                        .setText(text.substring(said + 5, text.indexOf('.')))
                        .setSpan(Span.newBuilder().setStart(said + 5).setEnd(text.indexOf('.')))
                        .setSpeaker(Speaker.newBuilder().setText("The harbour authority").setSpan(Span.newBuilder().setStart(0).setEnd(21))
                                .setCanonicalName("Harbour Authority of " + speaker).setType(EntityType.ENTITY_TYPE_ORGANIZATION)))
                .addEntities(Entity.newBuilder().setCanonicalName("Port of " + entity).setType(EntityType.ENTITY_TYPE_LOCATION)
                        .addAliases(alias + " port")
                        .addMentions(Span.newBuilder().setStart(0).setEnd(3)))
                .build()).build());

        assertThat(search(speaker)).containsExactly(a.getId());
        assertThat(search(entity.toUpperCase() + " port")).containsExactly(a.getId());
        assertThat(search(alias)).containsExactly(a.getId());
        // The text and title terms are still there.
        assertThat(search(a.getTitle())).contains(a.getId());
    }

    @Test
    void queryWithoutWordsIsInvalid() {
        invalidArgument("query", () -> articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery("?! -- …").build()));
    }

    @Test
    void searchRejectsBadPagingAndRanges() {
        invalidArgument("page_size", () -> articles.searchArticles(SearchArticlesRequest.newBuilder()
                .setQuery("storm").setPageSize(1001).build()));
        invalidArgument("page_token", () -> articles.searchArticles(SearchArticlesRequest.newBuilder()
                .setQuery("storm").setPageToken("%%%").build()));
        Instant t = Instant.parse("2025-11-26T08:00:00Z");
        invalidArgument("published_after", () -> articles.searchArticles(SearchArticlesRequest.newBuilder()
                .setQuery("storm").setPublishedAfter(timestamp(t)).setPublishedBefore(timestamp(t)).build()));
    }

    @Test
    void deleteRemovesTheArticleAndItsClaims() {
        String marker = word("delete");
        Article a = articles.createArticle(create(article(marker))).getArticle();
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId())
                .setClaimSet(ClaimSet.newBuilder().setExtractorVersion("test-1")
                        .addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText("The harbour")
                                .setSpan(Span.newBuilder().setStart(0).setEnd(11))))
                .build());

        articles.deleteArticle(DeleteArticleRequest.newBuilder().setId(a.getId()).build());

        notFound(() -> articles.getArticle(GetArticleRequest.newBuilder().setId(a.getId()).build()));
        notFound(() -> articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId())
                .setExtractorVersion("test-1").build()));
        assertThat(search(marker)).isEmpty();
        notFound(() -> articles.deleteArticle(DeleteArticleRequest.newBuilder().setId(a.getId()).build()));

        // The URL and the text are free again.
        var again = articles.createArticle(create(article(marker)));
        assertThat(again.getAlreadyExisted()).isFalse();
        assertThat(again.getArticle().getId()).isNotEqualTo(a.getId());
    }

    @Test
    void deleteOfUnknownIdIsNotFound() {
        var e = notFound(() -> articles.deleteArticle(DeleteArticleRequest.newBuilder().setId("ffffffffffffffffffffffff").build()));
        assertThat(e.getStatus().getDescription()).contains("ffffffffffffffffffffffff");
    }

    @Test
    void deleteWithoutIdIsInvalid() {
        invalidArgument("id", () -> articles.deleteArticle(DeleteArticleRequest.getDefaultInstance()));
    }

    private String createWith(String marker, String title, String text) {
        return articles.createArticle(create(article(marker).setTitle(title).setOriginalText(text))).getArticle().getId();
    }

    private List<String> search(String query) {
        return articles.searchArticles(SearchArticlesRequest.newBuilder().setQuery(query).setPageSize(1000).build())
                .getArticlesList().stream().map(Article::getId).toList();
    }
}
