package io.crosscheck.gateway;

import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.PutClaimsRequest;
import io.crosscheck.common.v1.AttributionLevel;
import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.ClaimKind;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Span;
import io.crosscheck.query.v1.CompareRequest;
import io.crosscheck.query.v1.CompareResponse;
import io.crosscheck.query.v1.MissingCause;
import io.crosscheck.query.v1.QueryServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway started while extraction-service is unreachable (a closed port), article-service real: three articles of
 * one story, two with claims stored in article-service (as an earlier extraction would have left them, one of them under
 * two extractor versions) and one without. Every stored claim set is served, the newest per article, marked possibly
 * stale with its version; only the article without stored claims is missing, with a reason that says so and names
 * extraction-service; readiness stays UP and says extraction is down; crosscheck_backend_up reads 0 for it.
 */
@QuarkusTest
@TestProfile(BackendDownTest.ExtractionOff.class)
class DegradedClaimsTest {
    private static final String ARTICLES = "/api/v1/articles";

    @GrpcClient("articles")
    ArticleServiceGrpc.ArticleServiceBlockingStub store;

    @GrpcClient("query")
    QueryServiceGrpc.QueryServiceBlockingStub query;

    private static String word;
    private static String stored;
    private static String upgraded;
    private static String unextracted;

    /** Once per class (RestAssured knows the test port only once Quarkus has started). */
    @BeforeEach
    void storeTheStoryOnce() throws InterruptedException {
        if (word != null) {
            return;
        }
        word = uniqueWord("degraded");
        stored = post("Lakeside Courier", "The " + word + " tram depot flooded on Monday night, the transit authority said. "
                + "Service on the east line resumed at noon.");
        upgraded = post("Valley Bulletin", "Floodwater reached the " + word + " tram depot late on Monday. Repairs will take "
                + "two days, a spokesperson said.");
        unextracted = post("Harbour Evening", "Crews pumped water from the " + word + " tram depot through Tuesday morning.");
        put(stored, "news-test-1");
        put(upgraded, "news-test-1");
        Thread.sleep(5); // the store keeps millisecond store times; the later set is the newest
        put(upgraded, "news-test-2");
    }

    private static String post(String outlet, String text) {
        Map<String, Object> article = Map.of("url", "https://degraded.example/" + outlet.replace(' ', '-') + "/" + word,
                "outlet", outlet, "published", "2001-05-14", "title", "Depot flooded", "text", text);
        return given().contentType(ContentType.JSON).body(RestBadInputTest.json(article)).post(ARTICLES)
                .then().statusCode(201).extract().path("article.id");
    }

    /** Claims as extraction would store them: each sentence a statement, spans into the stored cleaned text. */
    private void put(String id, String version) {
        String text = given().get(ARTICLES + "/" + id).then().statusCode(200).extract().path("text");
        ClaimSet.Builder claims = ClaimSet.newBuilder().setExtractorVersion(version);
        int start = 0;
        for (String sentence : text.split("(?<=\\.) ")) {
            int at = text.indexOf(sentence, start);
            Span span = Span.newBuilder().setStart(at).setEnd(at + sentence.length()).build();
            claims.addClaims(Claim.newBuilder().setKind(ClaimKind.CLAIM_KIND_STATEMENT).setText(sentence).setSpan(span)
                    .setSentenceSpan(span).setAttribution(AttributionLevel.ATTRIBUTION_LEVEL_ASSERTED).setCheckWorthiness(0.5));
            start = at + sentence.length();
        }
        store.putClaims(PutClaimsRequest.newBuilder().setArticleId(id).setClaimSet(claims).build());
    }

    @Test
    void claimsServesEveryStoredSetAndListsOnlyTheArticleWithoutAsMissing() {
        JsonPath answer = given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("articles.id", String.class)).containsExactlyInAnyOrder(stored, upgraded);
        assertThat(answer.getList("claims.articleId", String.class)).contains(stored, upgraded).doesNotContain(unextracted);
        assertThat(answer.getList("claims.text", String.class)).contains("Service on the east line resumed at noon.");
        assertThat(answer.getString("articles.find { it.id == '" + upgraded + "' }.extractorVersion")).isEqualTo("news-test-2");
        assertThat(answer.getString("articles.find { it.id == '" + stored + "' }.extractorVersion")).isEqualTo("news-test-1");
        assertThat(answer.getList("articles.possiblyStale", Boolean.class)).containsOnly(true);
        assertThat(answer.getInt("summary.possiblyStale")).isEqualTo(2);
        assertThat(answer.getList("possiblyStale.articleId", String.class)).containsExactlyInAnyOrder(stored, upgraded);
        assertThat(answer.getString("possiblyStale.find { it.articleId == '" + upgraded + "' }.reason"))
                .contains("news-test-2", "current version is unknown", "extraction-service");

        assertThat(answer.getInt("summary.missing")).isEqualTo(1);
        assertThat(answer.getList("missing.articleId", String.class)).containsExactly(unextracted);
        assertThat(answer.getString("missing[0].outlet")).isEqualTo("Harbour Evening");
        assertThat(answer.getString("missing[0].cause")).isEqualTo("claims_not_stored");
        assertThat(answer.getString("missing[0].reason")).startsWith("claims not stored; ")
                .contains("extraction-service", "unreachable");
    }

    @Test
    void compareOverRestAndGrpcComparesTheStoredAndNamesTheMissing() {
        JsonPath answer = given().queryParam("q", word).get("/api/v1/compare").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("articles.id", String.class)).containsExactlyInAnyOrder(stored, upgraded);
        assertThat(answer.getList("missing.articleId", String.class)).containsExactly(unextracted);
        assertThat(answer.getString("missing[0].cause")).isEqualTo("claims_not_stored");
        assertThat(answer.getList("possiblyStale.extractorVersion", String.class))
                .containsExactlyInAnyOrder("news-test-1", "news-test-2");

        CompareResponse response = query.compare(CompareRequest.newBuilder().setQuery(word).build());
        assertThat(response.getArticlesList()).extracting(a -> a.getId()).containsExactlyInAnyOrder(stored, upgraded);
        assertThat(response.getMissingList()).singleElement().satisfies(m -> {
            assertThat(m.getArticleId()).isEqualTo(unextracted);
            assertThat(m.getCause()).isEqualTo(MissingCause.MISSING_CAUSE_CLAIMS_NOT_STORED);
            assertThat(m.getReason()).startsWith("claims not stored; ").contains("extraction-service");
        });
        assertThat(response.getPossiblyStaleList()).extracting(s -> s.getArticleId()).containsExactlyInAnyOrder(stored, upgraded);
    }

    @Test
    void anArticleNobodyStoredIsNotFoundNotMissing() {
        given().queryParam("ids", stored + "," + uniqueWord("nosuch")).get("/api/v1/compare").then().statusCode(404);
    }

    @Test
    void readinessStaysUpAndSaysExtractionIsDown() {
        eventually(Duration.ofSeconds(20), () -> {
            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getString("status")).isEqualTo("UP");
            assertThat(ready.getString("checks.find { it.name == 'extraction' }.status")).isEqualTo("UP");
            assertThat(ready.getString("checks.find { it.name == 'extraction' }.data.backend")).isEqualTo("down");
            assertThat(ready.getString("checks.find { it.name == 'extraction' }.data.error")).contains("unreachable");
            assertThat(ready.getString("checks.find { it.name == 'articles' }.data.backend")).isEqualTo("up");
        });
        JsonPath backends = given().get("/q/health/group/backends").then().statusCode(503).extract().jsonPath();
        assertThat(backends.getString("checks.find { it.name == 'extraction' }.status")).isEqualTo("DOWN");
        assertThat(backends.getString("checks.find { it.name == 'articles' }.status")).isEqualTo("UP");
    }

    @Test
    void theMetricReadsZeroForExtractionAndOneForTheStore() {
        eventually(Duration.ofSeconds(20), () -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("crosscheck_backend_up{backend=\"extraction\"} 0.0")
                    .contains("crosscheck_backend_up{backend=\"articles\"} 1.0");
        });
    }

    /** Retries the assertion until it holds or the time is up (the probe runs every second here). */
    static void eventually(Duration atMost, Runnable assertion) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
