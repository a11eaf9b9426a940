package io.crosscheck.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.assertProblem;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * Bad input over REST, against the real backends (the same boot as {@link EndToEndTest}): every mistake a client can
 * make is answered 4xx application/problem+json naming the part at fault, never 500, and a rejected article leaves
 * nothing in the store. Every article here carries a fictional word of its own, so keyword search tells whether it
 * was stored whatever else shares the store.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class RestBadInputTest {
    private static final String ARTICLES = "/api/v1/articles";
    private static final String CLAIMS = "/api/v1/claims";
    private static final String EXTRACT = "/api/v1/extract";
    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    // --- POST /api/v1/articles: the body as a whole ---

    @Test
    void invalidJsonIsRefusedWithWhereItBroke() {
        JsonPath problem = assertProblem(postJson("{\"url\": \"https://bad-input.example/x\", \"outlet\": }"), 400, "body", ARTICLES);
        assertThat(problem.getString("detail")).contains("not valid JSON").contains("line 1");
    }

    @Test
    void aJsonNumberOrStringIsNotAnArticle() {
        assertThat(assertProblem(postJson("42"), 400, "body", ARTICLES).getString("detail")).contains("number");
        assertThat(assertProblem(postJson("\"an article\""), 400, "body", ARTICLES).getString("detail")).contains("string");
        assertProblem(postJson("null"), 400, "body", ARTICLES);
    }

    @Test
    void anEmptyBodyOrEmptyArrayIsRefused() {
        assertProblem(postJson(""), 400, "body", ARTICLES);
        assertProblem(postJson("   \n"), 400, "body", ARTICLES);
        assertProblem(postJson("[]"), 400, "body", ARTICLES);
        assertProblem(postNdjson("\n\n"), 400, "body", ARTICLES);
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        String word = uniqueWord("xmlart");
        Response response = given().contentType("application/xml")
                .body("<article><url>https://bad-input.example/" + word + "</url><text>" + word + "</text></article>").post(ARTICLES);
        assertProblem(response, 415, null, ARTICLES);
        assertNotStored(word);
    }

    // --- POST /api/v1/articles: one article ---

    @Test
    void wrongTypesNameTheField() {
        String word = uniqueWord("typo");
        assertProblem(postJson(with(article(word), "url", 5)), 400, "url", ARTICLES);
        JsonPath problem = assertProblem(postJson(with(article(word), "published", true)), 400, "published", ARTICLES);
        assertThat(problem.getString("detail")).contains("must be a string").contains("boolean");
        assertProblem(postJson(with(article(word), "text", List.of("a", "b"))), 400, "text", ARTICLES);
        assertNotStored(word);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String word = uniqueWord("missing");
        for (String field : List.of("url", "outlet", "text")) {
            Map<String, Object> a = new HashMap<>(article(word));
            a.remove(field);
            JsonPath problem = assertProblem(postJson(json(a)), 400, field, ARTICLES);
            assertThat(problem.getString("detail")).contains(field).contains("required");
        }
        assertNotStored(word);
    }

    @Test
    void blankTextIsRefused() {
        String word = uniqueWord("blank");
        assertProblem(postJson(with(article(word), "text", " \n\t ")), 400, "text", ARTICLES);
        assertProblem(postJson(with(article(word), "url", "  ")), 400, "url", ARTICLES);
        assertNotStored(word);
    }

    @Test
    void anUnknownFieldIsNamedNotIgnored() {
        String word = uniqueWord("txt");
        Map<String, Object> a = new HashMap<>(article(word));
        a.put("txt", a.remove("text"));
        JsonPath problem = assertProblem(postJson(json(a)), 400, "txt", ARTICLES);
        assertThat(problem.getString("detail")).contains("unknown field 'txt'").contains("text");
        assertNotStored(word);
    }

    @Test
    void publishedMustBeIso8601() {
        String word = uniqueWord("when");
        for (String bad : List.of("25/11/2025", "yesterday", "2025-13-45", "2025-11-25 21:17")) {
            JsonPath problem = assertProblem(postJson(with(article(word), "published", bad)), 400, "published", ARTICLES);
            assertThat(problem.getString("detail")).contains("ISO-8601");
        }
        assertNotStored(word);
    }

    @Test
    void textOverTheLimitIsRefusedAndNotStored() {
        String word = uniqueWord("huge");
        StringBuilder text = new StringBuilder(1_000_100);
        String sentence = "The " + word + " ferry pier reopened on Tuesday after repairs. ";
        while (text.length() <= 1_000_000) {
            text.append(sentence);
        }
        JsonPath problem = assertProblem(postJson(with(article(word), "text", text.toString())), 400, "text", ARTICLES);
        assertThat(problem.getString("detail")).contains(String.valueOf(text.length())).contains("1000000")
                .doesNotContain("original_text");
        assertNotStored(word);
    }

    @Test
    void textThatIsOnlyBoilerplateIsRefused() {
        String word = uniqueWord("boiler");
        Map<String, Object> a = new HashMap<>(article(word));
        a.put("text", "Leave a Reply\nShare this");
        JsonPath problem = assertProblem(postJson(json(a)), 400, "text", ARTICLES);
        assertThat(problem.getString("detail")).contains("boilerplate");
        // The URL is the one thing that would find it again.
        assertThat(given().queryParam("outlet", "bad-input-tests").queryParam("pageSize", 1000).get(ARTICLES)
                .then().statusCode(200).extract().<List<String>>path("articles.url")).doesNotContain("https://bad-input.example/" + word);
    }

    @Test
    void aPlainTextUploadWithoutOutletIsRefused() {
        String word = uniqueWord("plain");
        Response response = given().contentType(ContentType.TEXT).queryParam("url", "https://bad-input.example/" + word)
                .body("The " + word + " ferry pier reopened on Tuesday after repairs.").post(ARTICLES);
        assertProblem(response, 400, "outlet", ARTICLES);
        assertNotStored(word);
    }

    @Test
    void mongoOperatorsInTheBodyAreWrongTypesNotQueries() {
        String word = uniqueWord("operator");
        Map<String, Object> a = new HashMap<>(article(word));
        a.put("url", Map.of("$gt", ""));
        a.put("outlet", Map.of("$gt", ""));
        JsonPath problem = assertProblem(postJson(json(a)), 400, "url", ARTICLES);
        assertThat(problem.getString("detail")).contains("must be a string").contains("object");

        Map<String, Object> b = new HashMap<>(article(word));
        b.put("outlet", Map.of("$ne", ""));
        assertProblem(postJson(json(b)), 400, "outlet", ARTICLES);

        Map<String, Object> c = new HashMap<>(article(word));
        c.put("$where", "sleep(1000)");
        assertProblem(postJson(json(c)), 400, "$where", ARTICLES);
        assertNotStored(word);
    }

    // --- POST /api/v1/articles: many articles, per-item answers ---

    @Test
    void ndjsonRejectsTheBadLineByNumberAndStoresTheGoodOnes() {
        String first = uniqueWord("ndgood");
        String bad = uniqueWord("ndbad");
        String wrongType = uniqueWord("ndtype");
        String last = uniqueWord("ndlast");
        String body = json(article(first)) + "\n"
                + "{\"url\": \"https://bad-input.example/" + bad + "\", \"outlet\": \"x\", \"text\": \"The " + bad + " pier\"\n"
                + "\n"
                + with(article(wrongType), "published", 20260304) + "\n"
                + json(article(last)) + "\n";
        JsonPath answer = postNdjson(body)
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("created")).isEqualTo(2);
        assertThat(answer.getInt("rejected")).isEqualTo(2);
        assertThat(answer.getList("results.status")).containsExactly("created", "rejected", "rejected", "created");
        assertThat(answer.getString("results[1].field")).contains("line 2");
        assertThat(answer.getString("results[1].error")).contains("line 2").contains("not valid JSON");
        assertThat(answer.getString("results[2].field")).contains("line 4").endsWith("published");
        assertThat(answer.getString("results[2].error")).contains("line 4").contains("must be a string");

        assertStored(first);
        assertStored(last);
        assertNotStored(bad);
        assertNotStored(wrongType);
    }

    @Test
    void anArrayRejectsBadItemsWithTheirFieldAndStoresOnlyTheGoodOnes() {
        String good1 = uniqueWord("arrgood");
        String wrongType = uniqueWord("arrtype");
        String blank = uniqueWord("arrblank");
        String relative = uniqueWord("arrrel");
        String good2 = uniqueWord("arrlast");
        Map<String, Object> blankText = new HashMap<>(article(blank));
        blankText.put("text", "   ");
        Map<String, Object> relativeUrl = new HashMap<>(article(relative));
        relativeUrl.put("url", "bad-input.example/" + relative);
        String body = "[" + json(article(good1)) + "," + with(article(wrongType), "url", 5) + "," + json(blankText) + ","
                + json(relativeUrl) + "," + json(article(good2)) + "]";

        JsonPath answer = postJson(body).then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("created")).isEqualTo(2);
        assertThat(answer.getInt("rejected")).isEqualTo(3);
        assertThat(answer.getList("results.index")).containsExactly(0, 1, 2, 3, 4);
        assertThat(answer.getList("results.status")).containsExactly("created", "rejected", "rejected", "rejected", "created");
        assertThat(answer.getString("results[1].field")).isEqualTo("[1].url");
        assertThat(answer.getString("results[1].error")).contains("must be a string");
        // Blank text never reaches the store: the gateway refuses it itself.
        assertThat(answer.getString("results[2].field")).isEqualTo("[2].text");
        // Item 3 passes the gateway and is refused by the store (a relative URL): its field still names the part at fault.
        assertThat(answer.getString("results[3].field")).endsWith("url");
        assertThat(answer.getString("results[3].error")).contains("absolute");
        assertThat(answer.getString("results[0].article.id")).isNotBlank();

        assertStored(good1);
        assertStored(good2);
        assertNotStored(wrongType);
        assertNotStored(blank);
        assertNotStored(relative);
    }

    // --- Reading, listing, deleting ---

    @Test
    void unknownArticleIs404ForReadAndDelete() {
        String id = uniqueWord("noarticle");
        assertProblem(given().get(ARTICLES + "/" + id), 404, null, ARTICLES + "/" + id);
        assertProblem(given().delete(ARTICLES + "/" + id), 404, null, ARTICLES + "/" + id);
        // An id shaped like a MongoDB operator is just an id nobody has.
        String operatorId = URLEncoder.encode("{\"$ne\":null}", StandardCharsets.UTF_8);
        Response operator = given().urlEncodingEnabled(false).get(ARTICLES + "/" + operatorId);
        assertThat(operator.statusCode()).as(operator.asString()).isEqualTo(404);
        assertThat(operator.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aGarbagePageTokenIsRefused() {
        JsonPath problem = assertProblem(given().queryParam("pageToken", "garbage").get(ARTICLES), 400, "pageToken", ARTICLES);
        assertThat(problem.getString("detail")).contains("pageToken").doesNotContain("page_token");
        assertProblem(given().queryParam("pageToken", "!!not base64!!").get(ARTICLES), 400, "pageToken", ARTICLES);
    }

    @Test
    void aPageTokenReusedWithAnotherOutletIsRefused() {
        String outlet = uniqueWord("paging");
        String token = firstPageToken(outlet);
        // The token works for its own query ...
        given().queryParam("outlet", outlet).queryParam("pageSize", 1).queryParam("pageToken", token).get(ARTICLES)
                .then().statusCode(200);
        // ... and not for another.
        JsonPath problem = assertProblem(given().queryParam("outlet", "bad-input-tests").queryParam("pageSize", 1)
                .queryParam("pageToken", token).get(ARTICLES), 400, "pageToken", ARTICLES);
        assertThat(problem.getString("detail")).contains("different").contains("filter");
    }

    @Test
    void pageSizeMustBeAWholeNumberInRange() {
        for (String bad : List.of("abc", "0", "5000", "-1", "1.5")) {
            assertProblem(given().queryParam("pageSize", bad).get(ARTICLES), 400, "pageSize", ARTICLES);
        }
    }

    @Test
    void fromAndToMustBeIso8601AndInOrder() {
        assertProblem(given().queryParam("from", "yesterday").get(ARTICLES), 400, "from", ARTICLES);
        assertProblem(given().queryParam("to", "soon").get(ARTICLES), 400, "to", ARTICLES);
        JsonPath problem = assertProblem(given().queryParam("from", "2026-03-05").queryParam("to", "2026-03-01").get(ARTICLES),
                400, "from", ARTICLES);
        assertThat(problem.getString("detail")).doesNotContain("published_after");
        assertProblem(given().queryParam("from", "2026-03-05").queryParam("to", "2026-03-01").get(CLAIMS), 400, "from", CLAIMS);
        assertProblem(given().queryParam("from", "yesterday").get(CLAIMS), 400, "from", CLAIMS);
    }

    @Test
    void mongoOperatorsInQueryParametersAreJustWords() {
        JsonPath byOutlet = given().queryParam("outlet", "$gt").get(ARTICLES).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(byOutlet.getList("articles")).isEmpty();
        given().queryParam("q", "$where").get(ARTICLES).then().statusCode(200).contentType(ContentType.JSON);
        given().queryParam("outlet", "{\"$ne\": null}").get(ARTICLES).then().statusCode(200)
                .body("articles", empty());
        given().queryParam("q", "$where").queryParam("outlet", "$gt").get(CLAIMS).then().statusCode(200)
                .body("articles", empty()).body("missing", empty());
    }

    @Test
    void claimsLimitMustBeAWholeNumberInRange() {
        for (String bad : List.of("abc", "0", "100000")) {
            assertProblem(given().queryParam("limit", bad).get(CLAIMS), 400, "limit", CLAIMS);
        }
    }

    // --- POST /api/v1/extract ---

    @Test
    void extractRefusesBodiesThatAreNotATextObject() {
        assertProblem(postExtract("{\"text\": "), 400, "body", EXTRACT);
        assertProblem(postExtract(""), 400, "body", EXTRACT);
        assertProblem(postExtract("[\"text\"]"), 400, "body", EXTRACT);
        assertProblem(given().contentType("application/xml").body("<text>x</text>").post(EXTRACT), 415, null, EXTRACT);
    }

    @Test
    void extractNamesTheBadField() {
        assertProblem(postExtract("{\"published\": \"2026-03-04\"}"), 400, "text", EXTRACT);
        assertProblem(postExtract("{\"text\": 42}"), 400, "text", EXTRACT);
        assertProblem(postExtract("{\"text\": \"\"}"), 400, "text", EXTRACT);
        assertProblem(postExtract("{\"text\": \"   \"}"), 400, "text", EXTRACT);
        assertProblem(postExtract("{\"txt\": \"The pier reopened.\"}"), 400, "txt", EXTRACT);
        assertProblem(postExtract("{\"text\": \"The pier reopened.\", \"published\": \"last week\"}"), 400, "published", EXTRACT);
    }

    @Test
    void extractPassesTheExtractorsRefusalOfAnotherLanguage() {
        JsonPath problem = assertProblem(postExtract("{\"text\": \"Le port a rouvert mardi.\", \"language\": \"fr\"}"),
                400, "language", EXTRACT);
        assertThat(problem.getString("detail")).contains("English").contains("fr");
    }

    // --- Fixed bugs, kept as regression tests ---

    @Test
    void trailingContentAfterTheJsonValueIsRefused() {
        String first = uniqueWord("trailfirst");
        String second = uniqueWord("trailsecond");
        Response response = postJson(json(article(first)) + "\n" + json(article(second)) + "\n");
        assertProblem(response, 400, "body", ARTICLES);
        assertNotStored(first);
        assertNotStored(second);
    }

    @Test
    void anArrayItemTheStoreRefusesForItsTextIsNamedText() {
        String good = uniqueWord("namegood");
        String boiler = uniqueWord("nameboiler");
        Map<String, Object> onlyBoilerplate = new HashMap<>(article(boiler));
        onlyBoilerplate.put("text", "Leave a Reply\nShare this");
        JsonPath answer = postJson("[" + json(article(good)) + "," + json(onlyBoilerplate) + "]")
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("results.status")).containsExactly("created", "rejected");
        assertThat(answer.getString("results[1].field")).matches("(\\[1]\\.)?text");
        assertThat(answer.getString("results[1].error")).doesNotContain("original_text");
    }

    @Test
    void problemDetailsKeepOrdinaryWords() {
        String token = firstPageToken(uniqueWord("wording"));
        JsonPath problem = assertProblem(given().queryParam("outlet", "bad-input-tests").queryParam("pageToken", token)
                .queryParam("pageSize", 1).get(ARTICLES), 400, "pageToken", ARTICLES);
        assertThat(problem.getString("detail")).contains("different query");
    }

    // --- helpers ---

    /** Stores two articles of a new outlet and answers the token of the second page of that outlet, one a page. */
    private static String firstPageToken(String outlet) {
        String body = "[" + json(Map.of("url", "https://bad-input.example/" + outlet + "/1", "outlet", outlet, "published", "2001-03-06",
                "text", "The " + outlet + " ferry pier reopened on Tuesday.")) + ","
                + json(Map.of("url", "https://bad-input.example/" + outlet + "/2", "outlet", outlet, "published", "2001-03-07",
                "text", "The " + outlet + " harbour office published new timetables on Wednesday.")) + "]";
        assertThat(postJson(body).then().statusCode(200).extract().jsonPath().getInt("created")).isEqualTo(2);
        String token = given().queryParam("outlet", outlet).queryParam("pageSize", 1).get(ARTICLES)
                .then().statusCode(200).extract().path("nextPageToken");
        assertThat(token).isNotBlank();
        return token;
    }

    private static Response postNdjson(String body) {
        return given().contentType(NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post(ARTICLES);
    }

    private static Response postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).post(ARTICLES);
    }

    private static Response postExtract(String body) {
        return given().contentType(ContentType.JSON).body(body).post(EXTRACT);
    }

    private static String with(Map<String, Object> article, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(article);
        copy.put(field, value);
        return json(copy);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertNotStored(String word) {
        assertThat(search(word)).as("articles holding '%s'", word).isEmpty();
    }

    static void assertStored(String word) {
        assertThat(search(word)).as("articles holding '%s'", word).hasSize(1);
    }

    private static List<String> search(String word) {
        return given().queryParam("q", word).get(ARTICLES).then().statusCode(200).extract().path("articles.id");
    }
}
