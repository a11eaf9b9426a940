package io.crosscheck.gateway;

import io.crosscheck.gateway.security.ApiKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys configured (as hashes): every /api call needs one, as Bearer token or X-API-Key, and is refused 401
 * problem+json without; the pages, health, metrics and the OpenAPI document stay open. The backends are down here
 * (no need for them): a request that got past the key check answers 503 from the store, or 400 for its own input.
 */
@QuarkusTest
@TestProfile(ApiKeyTest.KeysConfigured.class)
class ApiKeyTest {
    static final String KEY = "cc_test_k3y-for-the-gateway";
    static final String SECOND_KEY = "cc_test_second";

    public static class KeysConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.gateway.api-key-hashes", ApiKeys.hashOf(KEY) + "," + ApiKeys.hashOf(SECOND_KEY));
        }

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
    void withoutAKeyEveryApiCallIs401ProblemJson() {
        Map<String, Response> calls = Map.of(
                "/api/v1/articles", given().get("/api/v1/articles"),
                "/api/v1/articles/abc", given().delete("/api/v1/articles/abc"),
                "/api/v1/claims", given().get("/api/v1/claims"),
                "/api/v1/extract", given().contentType(ContentType.JSON).body("{\"text\": \"x\"}").post("/api/v1/extract"));
        calls.forEach((path, response) -> {
            JsonPath problem = assertProblem(response, 401, null, path);
            assertThat(problem.getString("detail")).contains("Authorization: Bearer").contains("X-API-Key");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        });
        assertProblem(given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles"), 401, null, "/api/v1/articles");
    }

    @Test
    void aWrongKeyGetsTheSameAnswerAsNoKey() {
        String none = given().get("/api/v1/articles").then().statusCode(401).extract().path("detail");
        for (Response response : List.of(given().header("X-API-Key", "nope").get("/api/v1/articles"),
                given().header("Authorization", "Bearer " + KEY.toUpperCase()).get("/api/v1/articles"),
                given().header("Authorization", "Basic " + KEY).get("/api/v1/articles"),
                given().header("X-API-Key", ApiKeys.hashOf(KEY)).get("/api/v1/articles"))) {
            assertThat(assertProblem(response, 401, null, "/api/v1/articles").getString("detail")).isEqualTo(none);
        }
    }

    @Test
    void aConfiguredKeyPassesEitherWay() {
        // Past the key check: the store is down (503), or the request's own mistake (400).
        assertProblem(given().header("X-API-Key", KEY).get("/api/v1/articles"), 503, null, "/api/v1/articles");
        assertProblem(given().header("Authorization", "Bearer " + SECOND_KEY).get("/api/v1/claims"), 503, null, "/api/v1/claims");
        assertProblem(given().header("X-API-Key", KEY).contentType(ContentType.JSON).body("{\"txt\": \"x\"}")
                .post("/api/v1/extract"), 400, "txt", "/api/v1/extract");
    }

    @Test
    void pagesHealthMetricsAndOpenApiNeedNoKey() {
        for (String path : List.of("/", "/index.html", "/compare.html", "/compare.js", "/api-key.js", "/q/health/live",
                "/q/metrics", "/q/openapi")) {
            assertThat(given().get(path).statusCode()).as(path).isEqualTo(200);
        }
        // The document offers both ways to send a key, so that Swagger UI's "Authorize" can.
        assertThat(given().queryParam("format", "json").get("/q/openapi").asString()).contains("\"X-API-Key\"", "\"bearer\"",
                "\"/api/v1/claims\"", "\"/api/v1/articles/{id}\"");
    }
}
