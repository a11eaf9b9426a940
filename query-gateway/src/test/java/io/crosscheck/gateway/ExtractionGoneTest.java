package io.crosscheck.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.DegradedClaimsTest.eventually;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * extraction-service goes away after the gateway has used it: both backends real, one article extracted and stored
 * through the gateway, then the extraction-service process is stopped. Its stored claims are still served as current
 * (the gateway learnt the extractor version while extraction was up), a second article, never extracted, is missing
 * with the true reason, readiness stays UP and says extraction is down, and crosscheck_backend_up reads 0 for it.
 * A profile of its own: the backends it stops are its own.
 */
@QuarkusTest
@TestProfile(ExtractionGoneTest.ExtractionStopsLater.class)
class ExtractionGoneTest {

    public static class ExtractionStopsLater implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BackendProcesses.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("crosscheck.gateway.backend-probe-interval", "1s");
        }
    }

    @Test
    void storedClaimsOutliveExtraction() throws InterruptedException {
        String word = uniqueWord("gone");
        String extracted = post(word, "Northshore Times", "The " + word + " cable car stopped for an hour on Sunday, "
                + "operator Lena Brandt said. Forty passengers waited inside the cabins.");
        JsonPath first = given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("missing")).isEmpty();
        assertThat(first.getBoolean("articles[0].extractedNow")).isTrue();
        String version = first.getString("articles[0].extractorVersion");
        assertThat(version).isNotBlank();
        int claims = first.getList("claims").size();
        assertThat(claims).isPositive();
        eventually(Duration.ofSeconds(20), () -> assertThat(metrics()).contains("crosscheck_backend_up{backend=\"extraction\"} 1.0"));

        String notExtracted = post(word, "Ridge Gazette", "Engineers inspected the " + word + " cable car on Monday.");
        BackendProcesses.stopExtraction();

        JsonPath later = given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        assertThat(later.getList("articles.id", String.class)).containsExactly(extracted);
        assertThat(later.getString("articles[0].extractorVersion")).isEqualTo(version);
        assertThat(later.getBoolean("articles[0].possiblyStale")).as("the version was learnt while extraction was up").isFalse();
        assertThat(later.getList("claims")).hasSize(claims);
        assertThat(later.getList("missing.articleId", String.class)).containsExactly(notExtracted);
        assertThat(later.getString("missing[0].cause")).isEqualTo("claims_not_stored");
        assertThat(later.getString("missing[0].reason")).startsWith("claims not stored; ").contains("extraction-service");

        JsonPath compared = given().queryParam("q", word).get("/api/v1/compare").then().statusCode(200).extract().jsonPath();
        assertThat(compared.getList("articles.id", String.class)).containsExactly(extracted);
        assertThat(compared.getList("missing.articleId", String.class)).containsExactly(notExtracted);

        eventually(Duration.ofSeconds(20), () -> {
            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getString("checks.find { it.name == 'extraction' }.data.backend")).isEqualTo("down");
            assertThat(ready.getString("checks.find { it.name == 'articles' }.data.backend")).isEqualTo("up");
            assertThat(metrics()).contains("crosscheck_backend_up{backend=\"extraction\"} 0.0")
                    .contains("crosscheck_backend_up{backend=\"articles\"} 1.0");
        });
    }

    private static String post(String word, String outlet, String text) {
        Map<String, Object> article = Map.of("url", "https://gone.example/" + outlet.replace(' ', '-') + "/" + word,
                "outlet", outlet, "published", "2001-07-01", "title", "Cable car", "text", text);
        return given().contentType(ContentType.JSON).body(RestBadInputTest.json(article)).post("/api/v1/articles")
                .then().statusCode(201).extract().path("article.id");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
