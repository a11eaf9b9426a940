package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole suite: gateway in this JVM, article-service on its embedded store and extraction-service
 * with real CoreNLP as processes. Posts the five seed reports and checks real content comes back.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class EndToEndTest {
    private static final String QUOTE_START = "I look forward to meeting with President Zelensky";

    private static boolean seedsPosted;

    /** Once per class; not @BeforeAll, which runs before Quarkus has pointed RestAssured at the test port. */
    @BeforeEach
    void postSeedsOnce() {
        if (seedsPosted) {
            return;
        }
        seedsPosted = true;
        JsonPath answer = given().contentType(ContentType.JSON).body(Seeds.articles())
                .post("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getInt("rejected")).isZero();
        assertThat(answer.getInt("created") + answer.getInt("existing")).isEqualTo(5);
    }

    @Test
    void postingTheSameSeedsAgainStoresNothingNew() {
        JsonPath again = given().contentType(ContentType.JSON).body(Seeds.articles())
                .post("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("existing")).isEqualTo(5);
        assertThat(again.getInt("created")).isZero();
    }

    @Test
    void theQuoteComesBackWithItsSpansAndArticle() {
        JsonPath claims = given().queryParam("q", "Zelensky").queryParam("limit", 50)
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        assertThat(claims.getList("missing")).isEmpty();
        List<Map<String, Object>> quotes = claims.getList("claims.findAll { it.text.startsWith('" + QUOTE_START + "') }");
        assertThat(quotes).isNotEmpty();

        String id001 = articleIdOfOutlet("001_0f1a4aa06f701da4");
        Map<String, Object> quote = quotes.stream().filter(q -> id001.equals(q.get("articleId"))).findFirst().orElseThrow();
        assertThat(quote.get("kind")).isEqualTo("direct_quote");
        assertThat(quote.get("outlet")).isEqualTo("001_0f1a4aa06f701da4");

        String cleaned = given().get("/api/v1/articles/" + id001).then().statusCode(200).extract().path("text");
        int start = (Integer) quote.get("start");
        int end = (Integer) quote.get("end");
        assertThat(cleaned.substring(start, end)).isEqualTo(quote.get("text")).startsWith(QUOTE_START)
                .endsWith("in its final stages");
        @SuppressWarnings("unchecked")
        Map<String, Object> speaker = (Map<String, Object>) quote.get("speaker");
        assertThat(speaker).isNotNull();
        assertThat(cleaned.substring((Integer) speaker.get("start"), (Integer) speaker.get("end"))).isEqualTo(speaker.get("text"));
        assertThat(((String) speaker.get("text")).toLowerCase()).contains("president");
    }

    @Test
    void boilerplateIsGoneFromTheStoredTextAndTheOriginalIsKept() {
        String id000 = articleIdOfOutlet("000_699bf35ace9df517");
        JsonPath article = given().get("/api/v1/articles/" + id000).then().statusCode(200).extract().jsonPath();
        assertThat(article.getString("text")).doesNotContain("Leave a Reply").doesNotContain("Required fields are marked");
        assertThat(article.getString("originalText")).contains("Leave a Reply");
    }

    @Test
    void speakerFilterKeepsOnlyThatSpeakersClaims() {
        List<String> speakers = given().queryParam("speaker", "lavrov").get("/api/v1/claims").then().statusCode(200)
                .extract().path("claims.speaker.canonical");
        assertThat(speakers).isNotEmpty().allSatisfy(s -> assertThat(s.toLowerCase()).contains("lavrov"));
        // Extraction marks a resolved name as named; the filter meets another spelling of a named speaker's name.
        assertThat(given().queryParam("speaker", "lavrov").get("/api/v1/claims").then().statusCode(200)
                .extract().<List<Boolean>>path("claims.speaker.named")).contains(true);
        List<String> otherSpelling = given().queryParam("speaker", "Lavroff").get("/api/v1/claims").then().statusCode(200)
                .extract().path("claims.speaker.canonical");
        assertThat(otherSpelling).isNotEmpty();
        assertThat(speakers).containsAll(otherSpelling);
    }

    @Test
    void kindFilterAnswersOnlyTheKindsAskedFor() {
        List<String> all = given().get("/api/v1/claims").then().statusCode(200).extract().path("claims.kind");
        assertThat(all).contains("direct_quote", "statement");
        List<String> speech = given().queryParam("kind", "speech").get("/api/v1/claims").then().statusCode(200)
                .extract().path("claims.kind");
        assertThat(speech).isNotEmpty().allSatisfy(k -> assertThat(k).isIn("direct_quote", "indirect_quote"));
        assertThat(speech).hasSize((int) all.stream().filter(k -> k.endsWith("_quote")).count());
        List<String> two = given().queryParam("kind", "direct_quote,statement").get("/api/v1/claims").then()
                .statusCode(200).extract().path("claims.kind");
        assertThat(two).contains("direct_quote", "statement").allSatisfy(k -> assertThat(k).isIn("direct_quote", "statement"));
        given().queryParam("kind", "gossip").get("/api/v1/claims").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("kind must be one of"));
    }

    @Test
    void secondAnswerReadsStoredClaimsInsteadOfExtractingAgain() {
        given().queryParam("q", "Kremlin").get("/api/v1/claims").then().statusCode(200);
        JsonPath second = given().queryParam("q", "Kremlin").get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        assertThat(second.getInt("summary.articles")).isPositive();
        assertThat(second.getInt("summary.extractedNow")).isZero();
    }

    @Test
    void listingPagesThroughEveryArticleOnce() {
        JsonPath first = given().queryParam("pageSize", 2).get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
        List<String> ids = new java.util.ArrayList<>(first.getList("articles.id"));
        String token = first.getString("nextPageToken");
        while (token != null && !token.isEmpty()) {
            JsonPath page = given().queryParam("pageSize", 2).queryParam("pageToken", token).get("/api/v1/articles")
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("articles.id"));
            token = page.getString("nextPageToken");
        }
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void extractTriesTheExtractorWithoutStoring() {
        String text = "“We will reopen the ferry pier by Friday,” harbour master Odile Brask said on Monday.";
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "published", "2026-03-04"))
                .post("/api/v1/extract").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("claims[0].kind")).isEqualTo("direct_quote");
        assertThat(answer.getString("claims[0].text")).isEqualTo("We will reopen the ferry pier by Friday");
        assertThat(answer.getString("claims[0].speaker.canonical")).isEqualTo("Odile Brask");
        assertThat(answer.getList("claims[0].times.value")).contains("2026-03-02");
    }

    @Test
    void extractAnswersEveryQuantityOfTheTextAsATypedFigureWithItsFrame() {
        // The example of extraction-service/README.md.
        String text = "The death toll in Harrow County rose to 25 by Thursday night, the county sheriff said. "
                + "The bridge is 2.3 miles long and the toll is €20, up 5% from last year's fee.";
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "published", "2026-03-05"))
                .post("/api/v1/extract").then().statusCode(200).extract().jsonPath();

        assertThat(answer.getList("quantities.text")).containsExactly("25", "2.3 miles", "€20", "5%");
        assertThat(answer.getString("quantities[0].frame.measure.key")).isEqualTo("death toll");
        assertThat(answer.getString("quantities[0].frame.scope.canonical")).isEqualTo("Harrow County");
        assertThat(answer.getString("quantities[0].frame.time.value")).isEqualTo("2026-03-05");
        assertThat(answer.getString("quantities[0].frame.source.text")).isEqualTo("the county sheriff");
        assertThat(answer.getString("quantities[1].kind")).isEqualTo("measure");
        assertThat(answer.getString("quantities[1].baseUnit")).isEqualTo("m");
        assertThat(answer.getDouble("quantities[1].baseValue")).isBetween(3701.4, 3701.6);
        assertThat(answer.getString("quantities[1].frame.measure.key")).isEqualTo("length");
        assertThat(answer.getString("quantities[2].kind")).isEqualTo("money");
        assertThat(answer.getString("quantities[2].currency")).isEqualTo("EUR");
        assertThat(answer.getString("quantities[2].frame.measure.key")).isEqualTo("toll");
        assertThat(answer.getString("quantities[3].change")).isEqualTo("up_by");
        assertThat(answer.getString("quantities[3].frame.event.relation")).isEqualTo("earlier_period");
        // A claim's quantities are the text's quantities: the same spans.
        assertThat(answer.getList("claims.quantities.flatten().start")).isSubsetOf(answer.getList("quantities.start"));
    }

    static String articleIdOfOutlet(String outlet) {
        return given().queryParam("outlet", outlet).get("/api/v1/articles").then().statusCode(200)
                .extract().path("articles[0].id");
    }
}
