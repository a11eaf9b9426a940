package io.crosscheck.article.api;

import io.crosscheck.article.MongoTestResource;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleClaims;
import io.crosscheck.article.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import io.crosscheck.article.v1.BatchGetClaimsRequest;
import io.crosscheck.article.v1.BatchGetClaimsResponse;
import io.crosscheck.article.v1.GetClaimsRequest;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Cue;
import io.crosscheck.common.v1.Entity;
import io.crosscheck.common.v1.EntityMention;
import io.crosscheck.common.v1.EntityType;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.Speaker;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.crosscheck.article.api.Fixtures.article;
import static io.crosscheck.article.api.Fixtures.create;
import static io.crosscheck.article.api.Fixtures.word;
import static io.crosscheck.article.api.GrpcAssert.invalidArgument;
import static io.crosscheck.article.api.GrpcAssert.notFound;
import static org.assertj.core.api.Assertions.assertThat;

/** PutClaims, GetClaims and BatchGetClaims. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimsGrpcTest {
    private static final String TEXT = "Port director Ana Lima said on Tuesday that “at least 40 ships” were waiting, up "
            + "from 25 last week.\n\nThe backlog should clear by Friday.";

    @GrpcClient("articles")
    ArticleServiceBlockingStub articles;

    @Test
    void claimSetRoundTripsWithEveryPart() {
        Article a = articleWithText(word("claims"));
        ClaimSet claims = fullClaimSet(a.getCleanedText(), "corenlp-4.5.10+rules-7");

        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(claims).build());

        ClaimSet read = articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(a.getId())
                .setExtractorVersion("corenlp-4.5.10+rules-7").build()).getClaimSet();
        assertThat(read).isEqualTo(claims);
        Claim claim = read.getClaims(0);
        assertThat(span(a.getCleanedText(), claim.getSpan())).isEqualTo("“at least 40 ships”");
        assertThat(span(a.getCleanedText(), claim.getSpeaker().getSpan())).isEqualTo("Ana Lima");
        assertThat(span(a.getCleanedText(), claim.getQuantities(0).getSpan())).isEqualTo("at least 40");
        assertThat(claim.getQuantities(0).hasValueTo()).isFalse();
        assertThat(claim.getQuantities(1).getValueTo()).isEqualTo(40.0);
    }

    @Test
    void putReplacesTheClaimsOfThatVersionOnly() {
        Article a = articleWithText(word("replace"));
        ClaimSet v1 = fullClaimSet(a.getCleanedText(), "v1");
        ClaimSet v2 = fullClaimSet(a.getCleanedText(), "v2");
        ClaimSet v1Again = ClaimSet.newBuilder().setExtractorVersion("v1")
                .addClaims(statement(0, 4)).build();

        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(v1).build());
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(v2).build());
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(v1Again).build());

        assertThat(get(a.getId(), "v1")).isEqualTo(v1Again);
        assertThat(get(a.getId(), "v2")).isEqualTo(v2);
    }

    @Test
    void emptyClaimSetIsStored() {
        Article a = articleWithText(word("empty"));
        ClaimSet none = ClaimSet.newBuilder().setExtractorVersion("v1").build();

        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(none).build());

        assertThat(get(a.getId(), "v1")).isEqualTo(none);
    }

    @Test
    void spanOutsideTheCleanedTextIsInvalidAndNamesTheField() {
        // The original text is longer than the cleaned one: spans count in the cleaned text.
        Article a = articles.createArticle(create(article(word("spans"))
                .setOriginalText(TEXT + "\n\nLeave a Reply\nYour email address will not be published."))).getArticle();
        int length = a.getCleanedText().length();
        assertThat(length).isEqualTo(TEXT.length());
        ClaimSet good = fullClaimSet(a.getCleanedText(), "v1");

        var e = invalidArgument("claim_set.claims[0].quantities[1].span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setQuantities(1, good.getClaims(0).getQuantities(1).toBuilder()
                        .setSpan(Span.newBuilder().setStart(length - 2).setEnd(length + 1))))));
        assertThat(e.getStatus().getDescription()).contains(String.valueOf(length));

        invalidArgument("claim_set.claims[2].span", () -> put(a, good.toBuilder()
                .addClaims(statement(5, 3))));
        invalidArgument("claim_set.claims[2].span", () -> put(a, good.toBuilder()
                .addClaims(statement(-1, 3))));
        invalidArgument("claim_set.claims[0].speaker.span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setSpeaker(good.getClaims(0).getSpeaker().toBuilder()
                        .setSpan(Span.newBuilder().setStart(length).setEnd(length + 8))))));
        invalidArgument("claim_set.claims[0].sentence_span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setSentenceSpan(Span.newBuilder().setStart(0).setEnd(length + 1)))));
        invalidArgument("claim_set.claims[0].cue.span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setCue(Cue.newBuilder().setText("said")
                        .setSpan(Span.newBuilder().setStart(10_000).setEnd(10_004))))));
        invalidArgument("claim_set.claims[0].times[0].span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setTimes(0, good.getClaims(0).getTimes(0).toBuilder()
                        .setSpan(Span.newBuilder().setStart(0).setEnd(Integer.MAX_VALUE))))));
        invalidArgument("claim_set.entities[0].mentions[1]", () -> put(a, good.toBuilder()
                .setEntities(0, good.getEntities(0).toBuilder().addMentions(Span.newBuilder().setStart(length + 1).setEnd(length + 5)))));
        invalidArgument("claim_set.claims[0].check_worthiness", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setCheckWorthiness(1.5))));

        // Nothing of a refused claim set was stored.
        notFound(() -> get(a.getId(), "v1"));
    }

    @Test
    void entityMentionOfAClaimOutsideTheTextIsInvalid() {
        Article a = articleWithText(word("mention"));
        ClaimSet good = fullClaimSet(a.getCleanedText(), "v1");
        int length = a.getCleanedText().length();

        invalidArgument("claim_set.claims[0].entities[0].span", () -> put(a, good.toBuilder()
                .setClaims(0, good.getClaims(0).toBuilder().setEntities(0, good.getClaims(0).getEntities(0).toBuilder()
                        .setSpan(Span.newBuilder().setStart(length + 10).setEnd(length + 18))))));
    }

    @Test
    void unknownArticleIsNotFound() {
        var e = notFound(() -> articles.putClaims(PutClaimsRequest.newBuilder().setArticleId("aaaaaaaaaaaaaaaaaaaaaaaa")
                .setClaimSet(ClaimSet.newBuilder().setExtractorVersion("v1")).build()));
        assertThat(e.getStatus().getDescription()).contains("aaaaaaaaaaaaaaaaaaaaaaaa");
        notFound(() -> get("aaaaaaaaaaaaaaaaaaaaaaaa", "v1"));
    }

    @Test
    void missingFieldsAreInvalid() {
        Article a = articleWithText(word("missing"));
        invalidArgument("claim_set.extractor_version", () -> articles.putClaims(PutClaimsRequest.newBuilder()
                .setArticleId(a.getId()).setClaimSet(ClaimSet.newBuilder().addClaims(statement(0, 4))).build()));
        invalidArgument("claim_set.extractor_version", () -> articles.putClaims(PutClaimsRequest.newBuilder()
                .setArticleId(a.getId()).setClaimSet(ClaimSet.newBuilder().setExtractorVersion("v".repeat(129))).build()));
        invalidArgument("claim_set", () -> articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).build()));
        invalidArgument("article_id", () -> articles.putClaims(PutClaimsRequest.newBuilder()
                .setClaimSet(ClaimSet.newBuilder().setExtractorVersion("v1")).build()));
        invalidArgument("article_id", () -> articles.getClaims(GetClaimsRequest.newBuilder().setExtractorVersion("v1").build()));
        invalidArgument("extractor_version", () -> articles.getClaims(GetClaimsRequest.newBuilder()
                .setArticleId(a.getId()).build()));
    }

    @Test
    void getOfAnotherVersionIsNotFound() {
        Article a = articleWithText(word("version"));
        put(a, fullClaimSet(a.getCleanedText(), "v1").toBuilder());

        var e = notFound(() -> get(a.getId(), "v2"));
        assertThat(e.getStatus().getDescription()).contains("v2");
    }

    @Test
    void batchGetListsFoundAndMissingInRequestOrder() {
        Article first = articleWithText(word("bfirst"));
        Article withoutClaims = articleWithText(word("bnone"));
        Article second = articleWithText(word("bsecond"));
        Article otherVersion = articleWithText(word("bother"));
        ClaimSet firstClaims = fullClaimSet(first.getCleanedText(), "v1");
        ClaimSet secondClaims = ClaimSet.newBuilder().setExtractorVersion("v1").addClaims(statement(0, 4)).build();
        put(first, firstClaims.toBuilder());
        put(second, secondClaims.toBuilder());
        put(otherVersion, secondClaims.toBuilder().setExtractorVersion("v2"));
        String unknown = "bbbbbbbbbbbbbbbbbbbbbbbb";

        BatchGetClaimsResponse response = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds(second.getId()).addArticleIds(unknown).addArticleIds(first.getId())
                .addArticleIds(withoutClaims.getId()).addArticleIds(otherVersion.getId())
                .setExtractorVersion("v1").build());

        assertThat(response.getFoundList()).containsExactly(
                ArticleClaims.newBuilder().setArticleId(second.getId()).setClaimSet(secondClaims).build(),
                ArticleClaims.newBuilder().setArticleId(first.getId()).setClaimSet(firstClaims).build());
        assertThat(response.getMissingArticleIdsList()).containsExactly(unknown, withoutClaims.getId(), otherVersion.getId());
    }

    @Test
    void batchGetOfTheNewestVersionGivesEachArticleTheSetStoredLast() throws InterruptedException {
        Article upgraded = articleWithText(word("nupgraded"));
        Article old = articleWithText(word("nold"));
        Article withoutClaims = articleWithText(word("nnone"));
        ClaimSet v1 = ClaimSet.newBuilder().setExtractorVersion("v1").addClaims(statement(0, 4)).build();
        ClaimSet v2 = fullClaimSet(upgraded.getCleanedText(), "v2");
        put(old, v1.toBuilder());
        put(upgraded, v1.toBuilder());
        Thread.sleep(5); // store times have millisecond resolution
        put(upgraded, v2.toBuilder());

        BatchGetClaimsResponse response = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds(upgraded.getId()).addArticleIds(withoutClaims.getId()).addArticleIds(old.getId())
                .setNewestVersion(true).build());

        assertThat(response.getFoundList()).containsExactly(
                ArticleClaims.newBuilder().setArticleId(upgraded.getId()).setClaimSet(v2).build(),
                ArticleClaims.newBuilder().setArticleId(old.getId()).setClaimSet(v1).build());
        assertThat(response.getMissingArticleIdsList()).containsExactly(withoutClaims.getId());
    }

    @Test
    void batchGetOfTheNewestVersionTakesNoVersion() {
        invalidArgument("extractor_version", () -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds("aaaaaaaaaaaaaaaaaaaaaaaa").setExtractorVersion("v1").setNewestVersion(true).build()));
        invalidArgument("article_ids", () -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds("").setNewestVersion(true).build()));
    }

    @Test
    void batchGetOfNoIdsFindsNothing() {
        BatchGetClaimsResponse response = articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .setExtractorVersion("v1").build());
        assertThat(response.getFoundList()).isEmpty();
        assertThat(response.getMissingArticleIdsList()).isEmpty();
    }

    @Test
    void batchGetRejectsMissingVersionAndBadIds() {
        invalidArgument("extractor_version", () -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds("aaaaaaaaaaaaaaaaaaaaaaaa").build()));
        invalidArgument("article_ids", () -> articles.batchGetClaims(BatchGetClaimsRequest.newBuilder()
                .addArticleIds("aaaaaaaaaaaaaaaaaaaaaaaa").addArticleIds("").setExtractorVersion("v1").build()));
        BatchGetClaimsRequest.Builder tooMany = BatchGetClaimsRequest.newBuilder().setExtractorVersion("v1");
        for (int i = 0; i < 1001; i++) {
            tooMany.addArticleIds("id" + i);
        }
        invalidArgument("article_ids", () -> articles.batchGetClaims(tooMany.build()));
    }

    private Article articleWithText(String marker) {
        Article a = articles.createArticle(create(article(marker).setOriginalText(TEXT + "\n\nSource: " + marker)))
                .getArticle();
        assertThat(a.getCleanedText()).startsWith(TEXT);
        return a;
    }

    private void put(Article a, ClaimSet.Builder claims) {
        articles.putClaims(PutClaimsRequest.newBuilder().setArticleId(a.getId()).setClaimSet(claims).build());
    }

    private ClaimSet get(String articleId, String version) {
        return articles.getClaims(GetClaimsRequest.newBuilder().setArticleId(articleId).setExtractorVersion(version).build())
                .getClaimSet();
    }

    private static Claim statement(int start, int end) {
        return Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText("Port")
                .setSpan(Span.newBuilder().setStart(start).setEnd(end))
                .setAttribution(AttributionLevel.ATTRIBUTION_LEVEL_ASSERTED).setCheckWorthiness(0.2).build();
    }

    /** A claim set like the extractor's: a direct quote with speaker, cue, quantities, time and entities. */
    static ClaimSet fullClaimSet(String text, String version) {
        Span quote = spanOf(text, "“at least 40 ships”");
        return ClaimSet.newBuilder()
                .setExtractorVersion(version)
                .addClaims(Claim.newBuilder()
                        .setKind(ClaimKind.CLAIM_KIND_DIRECT_QUOTE)
                        .setText("at least 40 ships")
                        .setSpan(quote)
                        .setSentenceSpan(Span.newBuilder().setStart(0).setEnd(text.indexOf('.') + 1))
                        .setSpeaker(Speaker.newBuilder().setText("Ana Lima").setSpan(spanOf(text, "Ana Lima"))
                                .setCanonicalName("Ana Lima").setType(EntityType.ENTITY_TYPE_PERSON))
                        .setCue(Cue.newBuilder().setText("said").setSpan(spanOf(text, "said")))
                        .addQuantities(Quantity.newBuilder().setValue(40).setQualifier("at least").setText("at least 40")
                                .setSpan(spanOf(text, "at least 40")).setCounted("ships")
                                .setForm(QuantityForm.QUANTITY_FORM_SINGLE))
                        .addQuantities(Quantity.newBuilder().setValue(25).setValueTo(40).setText("from 25")
                                .setSpan(spanOf(text, "from 25")).setCounted("ships")
                                .setForm(QuantityForm.QUANTITY_FORM_CHANGE))
                        .addTimes(TimeExpression.newBuilder().setText("on Tuesday").setSpan(spanOf(text, "on Tuesday"))
                                .setValue("2025-11-25").setGranularity(TimeGranularity.TIME_GRANULARITY_DAY))
                        .addTimes(TimeExpression.newBuilder().setText("last week").setSpan(spanOf(text, "last week"))
                                .setValue("2025-W47").setGranularity(TimeGranularity.TIME_GRANULARITY_WEEK))
                        .addEntities(EntityMention.newBuilder().setCanonicalName("Ana Lima")
                                .setType(EntityType.ENTITY_TYPE_PERSON).setSpan(spanOf(text, "Ana Lima")))
                        .setAttribution(AttributionLevel.ATTRIBUTION_LEVEL_ATTRIBUTED)
                        .setCheckWorthiness(0.85))
                .addClaims(Claim.newBuilder()
                        .setKind(ClaimKind.CLAIM_KIND_STATEMENT)
                        .setText("The backlog should clear by Friday.")
                        .setSpan(spanOf(text, "The backlog should clear by Friday."))
                        .addTimes(TimeExpression.newBuilder().setText("by Friday").setSpan(spanOf(text, "by Friday"))
                                .setValue("2025-11-28").setGranularity(TimeGranularity.TIME_GRANULARITY_DAY))
                        .setAttribution(AttributionLevel.ATTRIBUTION_LEVEL_ASSERTED)
                        .setCheckWorthiness(0.4))
                .addEntities(Entity.newBuilder().setCanonicalName("Ana Lima").setType(EntityType.ENTITY_TYPE_PERSON)
                        .addMentions(spanOf(text, "Ana Lima")).addAliases("Lima"))
                .build();
    }

    private static Span spanOf(String text, String part) {
        int start = text.indexOf(part);
        assertThat(start).as("'%s' in the text", part).isNotNegative();
        return Span.newBuilder().setStart(start).setEnd(start + part.length()).build();
    }

    private static String span(String text, Span span) {
        return text.substring(span.getStart(), span.getEnd());
    }
}
