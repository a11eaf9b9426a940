package io.crosscheck.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.assertProblem;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** No backend reachable: whatever needs the article store is 503 problem+json; what the gateway checks itself stays 400. */
@QuarkusTest
@TestProfile(StoreDownTest.Unreachable.class)
class StoreDownTest {
    private static final String ARTICLES = "/api/v1/articles";

    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(NoBackends.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void listingIs503() {
        JsonPath problem = assertProblem(given().get(ARTICLES), 503, null, ARTICLES);
        assertThat(problem.getString("detail")).contains("unreachable");
        assertProblem(given().queryParam("q", "ferry").get(ARTICLES), 503, null, ARTICLES);
    }

    @Test
    void claimsIs503NotAnEmptyAnswer() {
        assertProblem(given().get("/api/v1/claims"), 503, null, "/api/v1/claims");
        assertProblem(given().queryParam("q", "ferry").get("/api/v1/claims"), 503, null, "/api/v1/claims");
    }

    @Test
    void compareIs503NotAnEmptyAnswer() {
        assertProblem(given().get("/api/v1/compare"), 503, null, "/api/v1/compare");
        assertProblem(given().queryParam("ids", "a,b").get("/api/v1/compare"), 503, null, "/api/v1/compare");
        assertProblem(given().queryParam("max", "abc").get("/api/v1/compare"), 400, "max", "/api/v1/compare");
    }

    @Test
    void postingIs503() {
        String word = uniqueWord("storedown");
        assertProblem(given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post(ARTICLES),
                503, null, ARTICLES);
        assertProblem(given().contentType(ContentType.JSON).body("[" + RestBadInputTest.json(article(word)) + "]").post(ARTICLES),
                503, null, ARTICLES);
    }

    @Test
    void readingAndDeletingOneArticleIs503() {
        assertProblem(given().get(ARTICLES + "/abc"), 503, null, ARTICLES + "/abc");
        assertProblem(given().delete(ARTICLES + "/abc"), 503, null, ARTICLES + "/abc");
    }

    @Test
    void extractIs503() {
        assertProblem(given().contentType(ContentType.JSON).body("{\"text\": \"The pier reopened.\"}").post("/api/v1/extract"),
                503, null, "/api/v1/extract");
    }

    @Test
    void theProblemSaysWhichBackendIsUnreachable() {
        assertThat(given().get(ARTICLES).then().statusCode(503).extract().<String>path("detail")).containsIgnoringCase("article");
    }

    @Test
    void badInputIsStill400BeforeAnyBackendIsAsked() {
        assertProblem(given().queryParam("pageSize", "abc").get(ARTICLES), 400, "pageSize", ARTICLES);
        assertProblem(given().contentType(ContentType.JSON).body("{\"url\": 5}").post(ARTICLES), 400, "url", ARTICLES);
        assertProblem(given().queryParam("limit", "abc").get("/api/v1/claims"), 400, "limit", "/api/v1/claims");
    }
}
