package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.assertProblem;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.crosscheck.gateway.RestBadInputTest.assertNotStored;
import static io.crosscheck.gateway.RestBadInputTest.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request size limits of the REST API: a body over quarkus.http.limits.max-body-size (16 MiB) is 413 problem+json
 * before it is read, announced or chunked; more than crosscheck.gateway.max-articles-per-request articles in one
 * POST is 413 problem+json before anything is stored.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class RestLimitsTest {
    private static final String ARTICLES = "/api/v1/articles";
    private static final int LIMIT = 16 * 1024 * 1024;

    @TestHTTPResource(ARTICLES)
    URI articles;

    @Test
    void aBodyOverTheLimitIs413ProblemAndStoresNothing() {
        String word = uniqueWord("oversize");
        String body = oversizedArray(word);

        JsonPath problem = assertProblem(given().contentType(ContentType.JSON).body(body).post(ARTICLES), 413, "body", ARTICLES);

        assertThat(problem.getString("detail")).contains(String.valueOf(body.getBytes(StandardCharsets.UTF_8).length))
                .contains(String.valueOf(LIMIT)).contains("16 MiB");
        assertNotStored(word);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndStoresNothing() throws Exception {
        String word = uniqueWord("chunked");
        byte[] body = oversizedArray(word).getBytes(StandardCharsets.UTF_8);
        // No Content-Length: the body streams in chunks and is cut off once it passes the limit.
        HttpRequest request = HttpRequest.newBuilder(articles).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedWhileSending) {
            // The server may close the connection before the client finished sending: refused all the same.
            response = null;
        }

        if (response != null) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        }
        assertNotStored(word);
    }

    @Test
    void moreArticlesThanAllowedInOnePostIs413AndStoresNothing() {
        String word = uniqueWord("toomany");
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            Map<String, Object> a = new java.util.HashMap<>(article(word));
            a.put("url", "https://bad-input.example/" + word + "/" + i);
            a.put("text", "Item " + i + " of " + word + ": the ferry pier reopened on Tuesday, the harbour office said.");
            ndjson.append(json(a)).append('\n');
        }

        JsonPath problem = assertProblem(given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8)).post(ARTICLES),
                413, "body", ARTICLES);

        assertThat(problem.getString("detail")).contains("1001").contains("1000");
        assertNotStored(word);
    }

    /** A JSON array of articles, the first carrying the word, padded past the body limit with valid articles. */
    private static String oversizedArray(String word) {
        List<String> items = new ArrayList<>();
        items.add(json(article(word)));
        String text = "The harbour office said the ferry pier reopened on Tuesday. ".repeat(16_000);
        int size = items.get(0).length();
        for (int i = 0; size <= LIMIT + 1024; i++) {
            String item = json(Map.of("url", "https://bad-input.example/" + word + "/" + i, "outlet", "limits",
                    "text", word + " " + i + " " + text));
            items.add(item);
            size += item.length() + 1;
        }
        return "[" + String.join(",", items) + "]";
    }
}
