package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics of the running suite at {@code /q/metrics} on each service's one port: the gateway's claim-cache
 * counters move as a query extracts and then reads stored claims, extraction times each article, the store times its
 * commands, and the built-in HTTP and gRPC server meters count requests.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class MetricsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void claimCacheMissThenHitAndTheBackendsMeters() throws Exception {
        String word = uniqueWord("metered");
        given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post("/api/v1/articles")
                .then().statusCode(201);
        // The counters exist once the fan-out does (its first query); before that they count as zero.
        double hits = valueOrZero(gateway(), "crosscheck_claims_cache_hits_total");
        double misses = valueOrZero(gateway(), "crosscheck_claims_cache_misses_total");
        double extractions = valueOrZero(backend(BackendProcesses.extractionPort()),
                "crosscheck_extraction_duration_seconds_count{outcome=\"ok\"");

        given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200);
        assertThat(value(gateway(), "crosscheck_claims_cache_misses_total")).isEqualTo(misses + 1);
        assertThat(value(gateway(), "crosscheck_claims_cache_hits_total")).isEqualTo(hits);
        given().queryParam("q", word).get("/api/v1/claims").then().statusCode(200);
        assertThat(value(gateway(), "crosscheck_claims_cache_hits_total")).isEqualTo(hits + 1);
        assertThat(value(gateway(), "crosscheck_claims_cache_misses_total")).isEqualTo(misses + 1);

        String gateway = gateway();
        assertThat(value(gateway, "crosscheck_fanout_extractions_pending")).isZero();
        assertThat(value(gateway, "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/claims\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(gateway).contains("grpc_client_processing_duration_seconds_count{");

        String extraction = backend(BackendProcesses.extractionPort());
        assertThat(value(extraction, "crosscheck_extraction_duration_seconds_count{outcome=\"ok\""))
                .as("one more article extracted").isEqualTo(extractions + 1);
        assertThat(extraction).containsPattern("crosscheck_extraction_duration_seconds_bucket\\{[^}]*le=\"120.0\"");
        assertThat(value(extraction, "crosscheck_extraction_queue_depth")).isZero();
        assertThat(value(extraction, "crosscheck_extraction_queue_capacity")).isPositive();
        assertThat(extraction).contains("crosscheck_extraction_rejected_total", "crosscheck_extraction_running");
        assertThat(value(extraction, "grpc_server_processing_duration_seconds_count{method=\"ExtractClaims\""))
                .isGreaterThanOrEqualTo(1);

        String store = backend(BackendProcesses.articlePort());
        assertThat(value(store, "crosscheck_store_command_seconds_count{collection=\"articles\",command=\"find\",outcome=\"ok\""))
                .isPositive();
        assertThat(value(store, "crosscheck_store_command_seconds_count{collection=\"claims\",command=\"update\",outcome=\"ok\""))
                .as("the claims were stored").isPositive();
        assertThat(value(store, "grpc_server_processing_duration_seconds_count{method=\"SearchArticles\""))
                .isGreaterThanOrEqualTo(2);
    }

    private static String gateway() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static String backend(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * The value of the first sample whose name (and leading labels, when given up to an open brace or quote) starts
     * with the prefix; labels after the prefix may follow in any order Micrometer writes them.
     */
    static double value(String exposition, String prefix) {
        Matcher m = sample(exposition, prefix);
        assertThat(m.find()).as("a sample starting with %s", prefix).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double valueOrZero(String exposition, String prefix) {
        Matcher m = sample(exposition, prefix);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static Matcher sample(String exposition, String prefix) {
        return Pattern.compile("(?m)^" + Pattern.quote(prefix) + "(?:[^\\s]*)\\s+(\\S+)").matcher(exposition);
    }
}
