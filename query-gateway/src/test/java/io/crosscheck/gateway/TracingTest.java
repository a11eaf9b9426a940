package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One query followed through the whole suite: the gateway (in this JVM), article-service and extraction-service (as
 * processes) export their spans over OTLP/HTTP to {@link OtlpReceiver}, and one {@code /api/v1/claims} request must
 * yield spans of all three sharing one trace id, the backends' gRPC server spans children of the gateway's client spans.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class TracingTest {
    private static final Duration EXPORT_WAIT = Duration.ofSeconds(20);

    @Test
    void oneClaimsQueryIsOneTraceAcrossGatewayStoreAndExtraction() {
        String word = uniqueWord("traced");
        given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post("/api/v1/articles")
                .then().statusCode(201);
        // A trace the client started: the gateway continues it, so the test knows the id to look for.
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parent = HexFormat.of().formatHex(randomBytes(8));

        int extracted = given().header("traceparent", "00-" + traceId + "-" + parent + "-01").queryParam("q", word)
                .get("/api/v1/claims").then().statusCode(200).extract().path("summary.extractedNow");
        assertThat(extracted).as("the article was extracted now, so extraction is part of the trace").isEqualTo(1);

        List<OtlpReceiver.Span> trace = awaitSpans(traceId, Set.of("query-gateway", "article-service", "extraction-service"));
        OtlpReceiver.Span gatewayServer = trace.stream().filter(s -> s.service().equals("query-gateway")
                && s.kind() == OtlpReceiver.Span.SERVER).findFirst().orElseThrow();
        assertThat(gatewayServer.parentSpanId()).as("the gateway continued the client's trace").isEqualTo(parent);

        Set<String> gatewayClientSpans = trace.stream().filter(s -> s.service().equals("query-gateway")
                && s.kind() == OtlpReceiver.Span.CLIENT).map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
        List<OtlpReceiver.Span> backendServers = trace.stream().filter(s -> !s.service().equals("query-gateway")
                && s.kind() == OtlpReceiver.Span.SERVER).toList();
        assertThat(backendServers).extracting(OtlpReceiver.Span::name)
                .contains("crosscheck.article.v1.ArticleService/SearchArticles",
                        "crosscheck.article.v1.ArticleService/GetArticle",
                        "crosscheck.article.v1.ArticleService/PutClaims",
                        "crosscheck.extraction.v1.ExtractionService/ExtractClaims");
        assertThat(backendServers).as("each backend call is a child of a gateway client span")
                .allSatisfy(s -> assertThat(gatewayClientSpans).contains(s.parentSpanId()));
        assertThat(BackendProcesses.traces().failures()).isEmpty();
    }

    @Test
    void aRequestWithoutTraceparentStartsItsOwnTraceThatReachesTheStore() {
        String word = uniqueWord("untraced");
        given().queryParam("q", word).get("/api/v1/articles").then().statusCode(200);

        OtlpReceiver.Span root = await(() -> BackendProcesses.traces().spans().stream()
                .filter(s -> s.service().equals("query-gateway") && s.kind() == OtlpReceiver.Span.SERVER
                        && s.parentSpanId().isEmpty() && s.name().contains("/api/v1/articles"))
                .filter(s -> BackendProcesses.traces().spans().stream().anyMatch(b -> b.traceId().equals(s.traceId())
                        && b.service().equals("article-service")))
                .findFirst().orElse(null));
        assertThat(root).as("a root span of the gateway whose trace reaches article-service").isNotNull();
    }

    private static List<OtlpReceiver.Span> awaitSpans(String traceId, Set<String> services) {
        List<OtlpReceiver.Span> trace = await(() -> {
            List<OtlpReceiver.Span> spans = BackendProcesses.traces().spans().stream()
                    .filter(s -> s.traceId().equals(traceId)).toList();
            Set<String> seen = spans.stream().map(OtlpReceiver.Span::service).collect(Collectors.toSet());
            boolean extractionServed = spans.stream().anyMatch(s -> s.name().endsWith("ExtractionService/ExtractClaims")
                    && s.kind() == OtlpReceiver.Span.SERVER);
            boolean claimsStored = spans.stream().anyMatch(s -> s.name().endsWith("ArticleService/PutClaims")
                    && s.kind() == OtlpReceiver.Span.SERVER);
            // The gateway's server span ends after the response and may come in a later export batch than its
            // client spans: wait for it too, not just for some span of each service.
            boolean gatewayServed = spans.stream().anyMatch(s -> s.service().equals("query-gateway")
                    && s.kind() == OtlpReceiver.Span.SERVER);
            return seen.containsAll(services) && extractionServed && claimsStored && gatewayServed ? spans : null;
        });
        assertThat(trace).as("spans of trace %s from %s; received: %s", traceId, services,
                BackendProcesses.traces().spans().stream().filter(s -> s.traceId().equals(traceId)).toList()).isNotNull();
        return trace;
    }

    private static <T> T await(java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return probe.get();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
