package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.crosscheck.gateway.RestBadInputTest.json;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB operator injection through every REST input of the gateway, against the real store: query parameters of
 * /articles, /claims and /compare, the article id in the path, and every JSON field of POST /articles and /extract, with values
 * shaped like operators ({"$gt": ""} as JSON objects where strings belong, and as strings; $where, $ne, dotted and
 * $-prefixed names). Each answer is a 4xx problem or a literal match: never an article the value does not literally
 * name, never a 500, and the article stored first is unchanged afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class RestInjectionTest {
    static final List<String> HOSTILE = List.of("{\"$gt\": \"\"}", "{\"$ne\": null}", "$where", "{\"$where\": \"1 == 1\"}",
            "{\"$regex\": \".*\"}", ".*", "$gt", "a.b", "_id", "[$ne]", "this.constructor");
    /** The same operators as JSON values where the API expects strings. */
    static final List<Object> HOSTILE_JSON = List.of(Map.of("$gt", ""), Map.of("$ne", List.of()), Map.of("$where", "1 == 1"),
            List.of(Map.of("$regex", ".*")), 1, true);

    private String word;
    private String id;
    private String outlet;
    private Map<String, Object> stored;

    @BeforeEach
    void storeOneArticle() {
        word = uniqueWord("injrest");
        Map<String, Object> a = new HashMap<>(article(word));
        outlet = "injection-tests-" + word;
        a.put("outlet", outlet);
        id = given().contentType(ContentType.JSON).body(json(a)).post("/api/v1/articles").then().statusCode(201)
                .extract().path("article.id");
        stored = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void queryParametersOfArticlesAreLiteral() {
        for (String h : HOSTILE) {
            for (String param : List.of("q", "outlet")) {
                Response r = given().queryParam(param, h).queryParam("pageSize", 1000).get("/api/v1/articles");
                assertLiteralOr4xx(r, h, "articles.id");
            }
            for (String param : List.of("from", "to", "pageSize", "pageToken")) {
                assertClientError(given().queryParam(param, h).get("/api/v1/articles"), h);
            }
        }
        // An Express-style operator key is no parameter of this API: ignored, as any unknown parameter is.
        List<String> unfiltered = given().queryParam("outlet", outlet).get("/api/v1/articles").then().statusCode(200)
                .extract().path("articles.id");
        assertThat(given().urlEncodingEnabled(true).queryParam("outlet", outlet).queryParam("outlet[$ne]", "x").get("/api/v1/articles")
                .then().statusCode(200).extract().<List<String>>path("articles.id")).isEqualTo(unfiltered).containsExactly(id);
        assertUnchanged();
    }

    @Test
    void queryParametersOfClaimsAreLiteral() {
        for (String h : HOSTILE) {
            // Keywords and speaker within the stored article's outlet, so that only it could match; the outlet on its own.
            for (String param : List.of("q", "speaker")) {
                assertLiteralOr4xx(given().queryParam(param, h).queryParam("outlet", outlet).get("/api/v1/claims"), h, "articles.id");
            }
            assertLiteralOr4xx(given().queryParam("outlet", h).get("/api/v1/claims"), h, "articles.id");
            for (String param : List.of("from", "to", "limit")) {
                assertClientError(given().queryParam(param, h).get("/api/v1/claims"), h);
            }
        }
        assertUnchanged();
    }

    @Test
    void queryParametersOfCompareAreLiteral() {
        for (String h : HOSTILE) {
            assertLiteralOr4xx(given().queryParam("q", h).queryParam("outlet", outlet).get("/api/v1/compare"), h, "articles.id");
            assertLiteralOr4xx(given().queryParam("outlet", h).get("/api/v1/compare"), h, "articles.id");
            // An id list names articles: operator-shaped ids are unknown ids (404) or malformed (400), never a match.
            assertClientError(given().queryParam("ids", h + "," + h + "x").get("/api/v1/compare"), h);
            for (String param : List.of("from", "to", "max")) {
                assertClientError(given().queryParam(param, h).get("/api/v1/compare"), h);
            }
        }
        assertUnchanged();
    }

    @Test
    void idsInThePathMatchNothing() {
        for (String h : HOSTILE) {
            String path = "/api/v1/articles/" + URLEncoder.encode(h, StandardCharsets.UTF_8).replace("+", "%20");
            assertClientError(given().urlEncodingEnabled(false).get(path), h);
            assertClientError(given().urlEncodingEnabled(false).delete(path), h);
        }
        assertUnchanged();
    }

    @Test
    void jsonFieldsOfArticlesTakeOnlyStringsAndStoreOperatorsAsText() {
        for (String field : List.of("url", "outlet", "title", "byline", "published", "language", "text")) {
            for (Object h : HOSTILE_JSON) {
                Map<String, Object> a = new HashMap<>(article(uniqueWord("injfield")));
                a.put(field, h);
                Response r = given().contentType(ContentType.JSON).body(json(a)).post("/api/v1/articles");
                assertThat(r.statusCode()).as("%s = %s: %s", field, h, r.asString()).isEqualTo(400);
                assertThat(r.jsonPath().getString("field")).isEqualTo(field);
            }
        }
        // As strings, operators are text like any other: stored as sent, found only by exactly that outlet.
        String marker = uniqueWord("injtext");
        Map<String, Object> a = new HashMap<>(article(marker));
        a.put("outlet", "{\"$ne\": null} " + marker);
        a.put("title", "$where: this.constructor");
        a.put("byline", "{\"$gt\": \"\"}");
        String newId = given().contentType(ContentType.JSON).body(json(a)).post("/api/v1/articles").then().statusCode(201)
                .extract().path("article.id");
        Map<String, Object> read = given().get("/api/v1/articles/" + newId).then().statusCode(200).extract().as(Map.class);
        assertThat(read).containsEntry("outlet", "{\"$ne\": null} " + marker).containsEntry("title", "$where: this.constructor")
                .containsEntry("byline", "{\"$gt\": \"\"}");
        assertThat(given().queryParam("outlet", "{\"$ne\": null} " + marker).get("/api/v1/articles").then().statusCode(200)
                .extract().<List<String>>path("articles.id")).containsExactly(newId);
        assertUnchanged();
    }

    @Test
    void jsonFieldsOfExtractTakeOnlyStrings() {
        for (String field : List.of("text", "published", "title", "language")) {
            for (Object h : HOSTILE_JSON) {
                Map<String, Object> body = new HashMap<>(Map.of("text", "The ferry pier reopened on Tuesday, the harbour office said."));
                body.put(field, h);
                Response r = given().contentType(ContentType.JSON).body(json(body)).post("/api/v1/extract");
                assertThat(r.statusCode()).as("%s = %s: %s", field, h, r.asString()).isEqualTo(400);
                assertThat(r.jsonPath().getString("field")).isEqualTo(field);
            }
        }
        assertThat(given().contentType(ContentType.JSON).body(json(Map.of("text", "{\"$where\": \"1 == 1\"} said the harbour office.")))
                .post("/api/v1/extract").statusCode()).isEqualTo(200);
        assertUnchanged();
    }

    /** 4xx problem, or 200 whose answer holds the stored article only where the value literally names it (never). */
    private void assertLiteralOr4xx(Response r, String value, String idsPath) {
        if (r.statusCode() == 200) {
            assertThat(r.jsonPath().getList(idsPath, String.class)).as("%s must not match the stored article", value)
                    .doesNotContain(id);
        } else {
            assertClientError(r, value);
        }
    }

    private static void assertClientError(Response r, String value) {
        assertThat(r.statusCode()).as("%s: %s", value, r.asString()).isBetween(400, 499);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private void assertUnchanged() {
        assertThat(given().get("/api/v1/articles/" + id).then().statusCode(200).extract().as(Map.class)).isEqualTo(stored);
        assertThat(given().queryParam("outlet", outlet).get("/api/v1/articles").then().statusCode(200).extract()
                .<List<String>>path("articles.id")).containsExactly(id);
    }
}
