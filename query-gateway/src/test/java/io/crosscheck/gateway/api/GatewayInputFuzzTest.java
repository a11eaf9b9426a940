package io.crosscheck.gateway.api;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import io.crosscheck.article.v1.Article;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.gateway.config.GatewayConfig;
import io.crosscheck.query.v1.CompareRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parser a client reaches at the gateway, as one fuzz target (Jazzer's start costs more than its runs, so one
 * fuzzing JVM serves them all). The first byte picks the parser:
 * <ul>
 *   <li>{@code a}: POST /api/v1/articles ({@link ArticleInput#read}): first line the Content-Type (charset included;
 *   empty for none), second line the query string a text upload takes its url, outlet, title and published from,
 *   the rest the body's bytes (JSON object or array, NDJSON, front-matter text);</li>
 *   <li>{@code x}: POST /api/v1/extract ({@link ExtractResource#request}): first line the Content-Type, the rest the body;</li>
 *   <li>{@code q}: a raw query string ({@link QueryParameters#refusal}), then its values as /articles, /claims and
 *   /compare read them (times, numbers, lists, the page token, {@link CompareParams#rest});</li>
 *   <li>{@code p}: a page token ({@link RequestParams#pageToken});</li>
 *   <li>{@code g}: the bytes of a gRPC CompareRequest ({@link QueryGrpcService#query}; bytes that do not parse are
 *   MalformedRequests' to refuse, see HostileRequestTest).</li>
 * </ul>
 * Property: only the documented refusals escape — a ProblemException with a 4xx status, a field and a detail (gRPC:
 * INVALID_ARGUMENT with a description) — never an NPE, an overflow, an index out of bounds or a DateTimeException; what
 * passes holds only what the input limits allow. Under plain verify this replays the seeds in GatewayInputFuzzTestInputs;
 * pom.xml's fuzz-gateway-input execution and README "Hostile input and fuzz tests" fuzz it. No Quarkus here.
 */
class GatewayInputFuzzTest {
    /** application.properties' crosscheck.gateway.input.* values. */
    static final GatewayConfig.InputLimits LIMITS = new GatewayConfig.InputLimits() {
        @Override
        public int maxJsonDepth() {
            return 64;
        }

        @Override
        public int maxJsonStringChars() {
            return 2_000_000;
        }

        @Override
        public int maxJsonNumberChars() {
            return 100;
        }

        @Override
        public int maxJsonNameChars() {
            return 256;
        }

        @Override
        public int maxShortFieldChars() {
            return 2048;
        }
    };
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ArticleInput ARTICLES = new ArticleInput(MAPPER, LIMITS);
    private static final InputJson EXTRACT = new InputJson(MAPPER, LIMITS);
    private static final int COMPARE_DEFAULT = 50;
    private static final int COMPARE_MAX = 200;
    private static final int CLAIMS_MAX = 200;

    @FuzzTest(maxDuration = "10s")
    void input(byte[] data) {
        if (data.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(data, 1, data.length);
        try {
            switch (data[0]) {
                case 'a' -> articles(rest);
                case 'x' -> extract(rest);
                case 'q' -> query(new String(rest, StandardCharsets.UTF_8));
                case 'p' -> RequestParams.pageToken(new String(rest, StandardCharsets.UTF_8));
                case 'g' -> grpc(rest);
                default -> {
                }
            }
        } catch (ProblemException e) {
            refusedAsDocumented(e);
        }
    }

    private static void articles(byte[] input) {
        int first = indexOf(input, 0);
        int second = first < 0 ? -1 : indexOf(input, first + 1);
        String contentType = first <= 0 ? null : new String(input, 0, first, StandardCharsets.ISO_8859_1);
        String query = first < 0 || second < 0 ? "" : new String(input, first + 1, second - first - 1, StandardCharsets.UTF_8);
        byte[] body = second < 0 ? new byte[0] : Arrays.copyOfRange(input, second + 1, input.length);
        Map<String, List<String>> given = values(query);
        if (given == null) {
            return; // a broken escape: Vert.x answers 400 before the resource runs
        }
        Map<String, String> params = new HashMap<>();
        for (String name : List.of("url", "outlet", "title", "published")) {
            List<String> values = given.get(name);
            params.put(name, values == null ? null : values.get(0));
        }
        boolean[] single = {false};
        List<ArticleInput.Item> items = ARTICLES.read(body, contentType, params, single);
        assertThat(items).isNotEmpty();
        if (single[0]) {
            assertThat(items).hasSize(1);
        }
        for (ArticleInput.Item item : items) {
            if (item.rejected()) {
                assertThat(item.field()).as("field of %s", item).isNotNull();
                assertThat(item.error()).as("error of %s", item).isNotBlank();
                assertThat(item.article()).isNull();
            } else {
                allowed(item.article());
            }
        }
    }

    private static void extract(byte[] input) {
        int line = indexOf(input, 0);
        String contentType = line <= 0 ? null : new String(input, 0, line, StandardCharsets.ISO_8859_1);
        ExtractClaimsRequest request = ExtractResource.request(EXTRACT, Arrays.copyOfRange(input, line + 1, input.length),
                contentType);
        assertThat(request.getText()).isNotBlank();
        if (request.hasPublishedTime()) {
            inRange(request.getPublishedTime());
        }
    }

    /** The filter's check, then the values as the resources read them (once the filter let them through). */
    private static void query(String raw) {
        QueryParameters.Refusal refusal = QueryParameters.refusal(raw);
        if (refusal != null) {
            assertThat(refusal.field()).isNotNull();
            assertThat(refusal.detail()).isNotBlank();
            return;
        }
        Map<String, List<String>> params = values(raw);
        if (params == null) {
            return; // a broken escape: Vert.x answers 400 before the filter runs
        }
        List<Runnable> reads = List.of(
                () -> {
                    Instant from = RequestParams.instant(one(params, "from"), "from");
                    Instant to = RequestParams.instant(one(params, "to"), "to");
                    RequestParams.ordered(from, to, "from", "to");
                    for (Instant at : new Instant[] {from, to}) {
                        assertThat(at == null || !at.isBefore(RequestParams.EARLIEST) && !at.isAfter(RequestParams.LATEST)).isTrue();
                    }
                },
                () -> assertThat(RequestParams.integer(one(params, "pageSize"), "pageSize", 50, 1, 1000)).isBetween(1, 1000),
                () -> assertThat(RequestParams.integer(one(params, "limit"), "limit", 50, 1, CLAIMS_MAX)).isBetween(1, CLAIMS_MAX),
                () -> assertThat(RequestParams.pageToken(one(params, "pageToken")).length())
                        .isLessThanOrEqualTo(RequestParams.MAX_PAGE_TOKEN_CHARS),
                () -> assertThat(RequestParams.list(params.get("outlet"))).allSatisfy(o -> assertThat(o).isNotBlank()),
                () -> {
                    var request = CompareParams.rest(one(params, "q"), params.get("outlet"), one(params, "from"),
                            one(params, "to"), params.get("ids"), one(params, "max"), COMPARE_DEFAULT, COMPARE_MAX);
                    assertThat(request.maxArticles()).isBetween(1, COMPARE_MAX);
                    assertThat(request.articleIds()).hasSizeLessThanOrEqualTo(COMPARE_MAX);
                });
        for (Runnable read : reads) {
            try {
                read.run();
            } catch (ProblemException e) {
                refusedAsDocumented(e);
            }
        }
    }

    private static void grpc(byte[] bytes) {
        CompareRequest request;
        try {
            request = CompareRequest.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return; // answered INVALID_ARGUMENT by MalformedRequests before it gets here
        }
        try {
            var query = QueryGrpcService.query(request, COMPARE_DEFAULT, COMPARE_MAX);
            assertThat(query.maxArticles()).isBetween(1, COMPARE_MAX);
        } catch (RuntimeException e) {
            StatusRuntimeException status = QueryGrpcService.status(e);
            assertThat(e).isInstanceOf(ProblemException.class);
            assertThat(status.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(status.getStatus().getDescription()).isNotBlank();
        }
    }

    private static void refusedAsDocumented(ProblemException e) {
        assertThat(e.status()).as("status of %s", e.getMessage()).isBetween(400, 499);
        assertThat(e.field()).as("field of %s", e.getMessage()).isNotNull();
        assertThat(e.getMessage()).isNotBlank();
    }

    private static void allowed(Article a) {
        assertThat(a.getUrl()).isNotBlank();
        assertThat(a.getOutlet()).isNotBlank();
        assertThat(a.getOriginalText()).isNotBlank();
        for (String field : new String[] {a.getUrl(), a.getOutlet(), a.getTitle(), a.getByline(), a.getLanguage()}) {
            assertThat(field.length()).isLessThanOrEqualTo(LIMITS.maxShortFieldChars());
            assertThat(field.chars().filter(c -> c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL))
                    .as("control characters in %s", field).isEmpty();
        }
        if (a.hasPublishedTime()) {
            inRange(a.getPublishedTime());
        }
    }

    private static void inRange(com.google.protobuf.Timestamp t) {
        assertThat(t.getSeconds()).isBetween(RequestParams.EARLIEST.getEpochSecond(), RequestParams.LATEST.getEpochSecond());
        assertThat(t.getNanos()).isBetween(0, 999_999_999);
    }

    /** A query string's values by name, decoded as the server does; null when an escape is broken. */
    private static Map<String, List<String>> values(String raw) {
        Map<String, List<String>> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = QueryParameters.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : QueryParameters.decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                return null;
            }
            out.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : values.get(0);
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
