package io.crosscheck.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.assertProblem;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction unreachable, article store up: what needs extraction says so (503 for the extractor itself, a partial
 * answer naming each missing article for claims), and everything else keeps working.
 */
@QuarkusTest
@TestProfile(BackendDownTest.ExtractionOff.class)
class BackendDownTest {
    private static final String ARTICLES = "/api/v1/articles";

    /** Only article-service runs; the gateway's extraction client points at a closed port. */
    public static class ExtractionOff implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BackendProcesses.class, Map.of("extraction", "off")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        /** Probes every second, so that readiness and crosscheck_backend_up say the truth without a wait. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.gateway.backend-probe-interval", "1s");
        }
    }

    @Test
    void extractIs503NamingTheUnreachableBackend() {
        JsonPath problem = assertProblem(given().contentType(ContentType.JSON)
                .body("{\"text\": \"The ferry pier reopened on Tuesday, the harbour office said.\"}")
                .post("/api/v1/extract"), 503, null, "/api/v1/extract");
        assertThat(problem.getString("title")).containsIgnoringCase("unavailable");
        assertThat(problem.getString("detail")).contains("unreachable");
    }

    @Test
    void extractStillRefusesBadInputAs400() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"txt\": \"x\"}").post("/api/v1/extract"),
                400, "txt", "/api/v1/extract");
    }

    @Test
    void claimsAnswerListsTheArticleAsMissingWithTheReason() {
        String word = uniqueWord("downclaims");
        String id = given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post(ARTICLES)
                .then().statusCode(201).extract().path("article.id");

        JsonPath answer = given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(answer.getList("claims")).isEmpty();
        assertThat(answer.getInt("summary.missing")).isEqualTo(1);
        assertThat(answer.getString("missing[0].articleId")).isEqualTo(id);
        assertThat(answer.getString("missing[0].outlet")).isEqualTo("bad-input-tests");
        assertThat(answer.getString("missing[0].reason")).contains("unreachable");
    }

    @Test
    void compareListsTheArticleItCannotExtractAsMissing() {
        String word = uniqueWord("downcompare");
        String id = given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post(ARTICLES)
                .then().statusCode(201).extract().path("article.id");
        JsonPath answer = given().queryParam("q", word).get("/api/v1/compare").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(answer.getList("articles")).isEmpty();
        assertThat(answer.getString("missing[0].articleId")).isEqualTo(id);
        assertThat(answer.getString("missing[0].reason")).containsIgnoringCase("extraction");
    }

    @Test
    void theReasonSaysWhichBackendIsUnreachable() {
        String detail = given().contentType(ContentType.JSON).body("{\"text\": \"The ferry pier reopened.\"}")
                .post("/api/v1/extract").then().statusCode(503).extract().path("detail");
        assertThat(detail).containsIgnoringCase("extraction");
        String word = uniqueWord("downreason");
        given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post(ARTICLES).then().statusCode(201);
        String reason = given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200).extract().path("missing[0].reason");
        assertThat(reason).containsIgnoringCase("extraction");
    }

    @Test
    void articlesStillWork() {
        String word = uniqueWord("downlist");
        String id = given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post(ARTICLES)
                .then().statusCode(201).extract().path("article.id");
        assertThat(given().queryParam("q", word).get(ARTICLES).then().statusCode(200).extract().<List<String>>path("articles.id"))
                .containsExactly(id);
        assertThat(given().get(ARTICLES).then().statusCode(200).extract().<List<String>>path("articles.id")).contains(id);
        assertThat(given().get(ARTICLES + "/" + id).then().statusCode(200).extract().<String>path("text")).contains(word);
        given().delete(ARTICLES + "/" + id).then().statusCode(204);
        assertProblem(given().get(ARTICLES + "/" + id), 404, null, ARTICLES + "/" + id);
    }
}
