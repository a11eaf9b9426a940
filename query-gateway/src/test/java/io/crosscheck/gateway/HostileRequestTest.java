package io.crosscheck.gateway;

import com.google.protobuf.Timestamp;
import io.crosscheck.grpc.GrpcErrors;
import io.crosscheck.query.v1.CompareRequest;
import io.crosscheck.query.v1.QueryServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.crosscheck.gateway.RestBadInputTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests against the running gateway and its real backends (the same boot as {@link EndToEndTest}), one table
 * for REST and one for the gRPC QueryService. For each: no 5xx (no INTERNAL, no UNKNOWN), a 4xx problem+json (or
 * INVALID_ARGUMENT) whose detail names the field or the limit, no stack trace; an NDJSON or array item is refused in
 * its own result while the request answers 200, as every batch does. Before and after each table, what the store
 * holds is the same: the number of articles and a known article's fields.
 *
 * <p>Cases: times beyond 0001-01-01T00:00:00Z..9999-12-31T23:59:59.999999999Z in every query parameter, body and
 * front matter that takes one, and in gRPC Timestamps (seconds and nanos); parser limits (nesting, string, number and
 * name lengths), duplicate keys, duplicated query parameters, invalid UTF-8 in bodies and query strings, charsets,
 * control characters and over-long short fields, page tokens, and a chunked body over the size limit.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class HostileRequestTest {
    private static final String ARTICLES = "/api/v1/articles";
    private static final String CLAIMS = "/api/v1/claims";
    private static final String COMPARE = "/api/v1/compare";
    private static final String EXTRACT = "/api/v1/extract";
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final String TEXT = "text/plain";
    private static final int BODY_LIMIT = 16 * 1024 * 1024;
    private static final String RANGE = "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The article whose fields must not change, stored once. */
    private static Map<String, Object> known;

    @TestHTTPResource("/")
    URI root;

    @GrpcClient("query")
    QueryServiceGrpc.QueryServiceBlockingStub query;

    /** An answer as the client saw it. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * One hostile request and what it must get: the status (200 for a batch, whose one item must be refused), the
     * field the problem (or the item) names, and words its detail (or the item's error) must hold.
     */
    record Case(String name, Supplier<Answer> send, int status, String field, List<String> mentions) {
    }

    // --- REST ---

    @Test
    void everyHostileRestRequestIsRefusedWithAClear4xx() {
        List<Case> cases = restCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Map<String, Object> before = storeSnapshot();

        SoftAssertions soft = new SoftAssertions();
        for (Case c : cases) {
            Answer a;
            try {
                a = c.send().get();
            } catch (RuntimeException e) {
                soft.fail("%s: the request failed: %s", c.name(), e);
                continue;
            }
            String what = c.name() + " -> " + a.status() + " " + abbreviate(a.body());
            soft.assertThat(a.status()).as("status: %s", what).isLessThan(500).isEqualTo(c.status());
            soft.assertThat(Problems.leaks(a.body())).as("stack trace: %s", what).isFalse();
            if (a.status() >= 500 || a.body().isEmpty()) {
                soft.assertThat(a.body()).as("body: %s", what).isNotEmpty();
                continue;
            }
            JsonPath body = JsonPath.from(a.body());
            if (c.status() == 200) {
                soft.assertThat(body.getInt("created") + body.getInt("existing")).as("stored: %s", what).isZero();
                soft.assertThat(body.getString("results[0].status")).as("item: %s", what).isEqualTo("rejected");
                soft.assertThat(body.getString("results[0].field")).as("item field: %s", what).isEqualTo(c.field());
                String error = body.getString("results[0].error");
                soft.assertThat(error).as("item error: %s", what).isNotBlank();
                c.mentions().forEach(m -> soft.assertThat(error).as("item error: %s", what).contains(m));
            } else {
                soft.assertThat(a.contentType()).as("content type: %s", what).startsWith("application/problem+json");
                soft.assertThat(body.getInt("status")).as("problem status: %s", what).isEqualTo(c.status());
                soft.assertThat(body.getString("field")).as("problem field: %s", what).isEqualTo(c.field());
                String detail = body.getString("detail");
                soft.assertThat(detail).as("detail: %s", what).isNotBlank();
                c.mentions().forEach(m -> soft.assertThat(detail).as("detail: %s", what).contains(m));
            }
        }
        soft.assertThat(storeSnapshot()).as("the store after the hostile requests").isEqualTo(before);
        soft.assertAll();
    }

    private List<Case> restCases() {
        String w = uniqueWord("hostile");
        List<Case> cases = new ArrayList<>();

        // Times outside the range of a protobuf Timestamp, wherever a time is taken.
        for (String path : List.of(ARTICLES, CLAIMS, COMPARE)) {
            cases.add(get("from far future on " + path, path, "from=" + enc("+1000000000-01-01T00:00:00Z"), 400, "from", RANGE));
            cases.add(get("to far past on " + path, path, "to=" + enc("-999999999-01-01T00:00:00Z"), 400, "to", RANGE));
        }
        cases.add(get("from year 0 (a date)", ARTICLES, "from=0000-12-31", 400, "from", RANGE));
        cases.add(get("to year 10000", ARTICLES, "to=" + enc("+10000-01-01T00:00:00Z"), 400, "to", RANGE));
        cases.add(get("to just past the end (offset)", COMPARE, "to=" + enc("9999-12-31T23:59:59-01:00"), 400, "to", RANGE));
        cases.add(get("from just before the start (offset)", CLAIMS, "from=" + enc("0001-01-01T00:00:00+01:00"), 400, "from", RANGE));
        cases.add(post("published far past", ARTICLES, JSON, with(w, "published", "-999999999-01-01T00:00:00Z"), 400, "published", RANGE));
        cases.add(post("published far future", ARTICLES, JSON, with(w, "published", "+1000000000-01-01T00:00:00Z"), 400, "published", RANGE));
        cases.add(post("published year 10000", ARTICLES, JSON, with(w, "published", "+10000-06-01T00:00:00Z"), 400, "published", RANGE));
        cases.add(post("published in front matter", ARTICLES, TEXT, frontMatter(w, "published: -999999999-01-01T00:00:00Z"), 400,
                "published", RANGE));
        cases.add(send("published as a query parameter of a text upload", "POST", ARTICLES, "outlet=Hostile&url="
                + enc("https://hostile.example/" + w) + "&published=" + enc("+1000000000-01-01T00:00:00Z"), TEXT,
                bytes("The " + w + " pier reopened."), 400, "published", RANGE));
        cases.add(post("extract published far future", EXTRACT, JSON,
                "{\"text\": \"The pier reopened.\", \"published\": \"+1000000000-01-01T00:00:00Z\"}", 400, "published", RANGE));
        cases.add(post("extract published far past", EXTRACT, JSON,
                "{\"text\": \"The pier reopened.\", \"published\": \"-999999999-01-01T00:00:00Z\"}", 400, "published", RANGE));
        cases.add(batch("NDJSON line published far future", NDJSON, with(w, "published", "+1000000000-01-01T00:00:00Z") + "\n",
                "line 1: published", RANGE));
        cases.add(batch("array item published far past", JSON, "[" + with(w, "published", "-999999999-01-01T00:00:00Z") + "]",
                "[0].published", RANGE));

        // Page tokens: opaque, but never a 5xx, and never unbounded.
        cases.add(get("page token garbage", ARTICLES, "pageToken=garbage", 400, "pageToken", "pageToken"));
        cases.add(get("page token with an out-of-range time", ARTICLES, "pageToken="
                + token("v1|9223372036854775807|x|0000000000000000"), 400, "pageToken", "pageToken"));
        cases.add(get("page token with a negative time", ARTICLES, "pageToken="
                + token("v1|-9223372036854775808|x|0000000000000000"), 400, "pageToken", "pageToken"));
        cases.add(get("page token of 2,000 characters", ARTICLES, "pageToken=" + "A".repeat(2_000), 400, "pageToken",
                "pageToken", "1024"));
        cases.add(get("page token with a NUL", ARTICLES, "pageToken=ab%00cd", 400, "pageToken", "pageToken"));

        // Parser limits.
        cases.add(post("JSON nested 1,001 levels", ARTICLES, JSON, "[".repeat(1001) + "]".repeat(1001), 400, "body", "64", "nest"));
        cases.add(post("JSON nested 65 levels inside a field", ARTICLES, JSON, "{\"url\": " + "{\"a\": ".repeat(64) + "1"
                + "}".repeat(64) + "}", 400, "body", "64", "nest"));
        cases.add(post("extract JSON nested 5,000 levels", EXTRACT, JSON, "[".repeat(5000) + "]".repeat(5000), 400, "body", "64"));
        cases.add(batch("NDJSON line nested 100 levels", NDJSON, "[".repeat(100) + "]".repeat(100) + "\n", "line 1:", "64", "nest"));
        cases.add(post("a string of 2,000,001 characters", ARTICLES, JSON, with(w, "text", "x".repeat(2_000_001)), 400, "body",
                "2000000", "string"));
        cases.add(post("a number of 101 digits", ARTICLES, JSON, "{\"url\": " + "9".repeat(101) + "}", 400, "body", "100", "number"));
        cases.add(post("extract number of 5,000 digits", EXTRACT, JSON, "{\"text\": 1" + "0".repeat(5000) + "}", 400, "body", "100",
                "number"));
        cases.add(post("a field name of 300 characters", ARTICLES, JSON, "{\"" + "k".repeat(300) + "\": \"x\"}", 400, "body", "256",
                "field name"));
        cases.add(post("duplicate key url", ARTICLES, JSON, withExtra(w, "\"url\": \"https://hostile.example/other\""), 400, "url",
                "'url'", "twice"));
        cases.add(post("duplicate key published", ARTICLES, JSON, withExtra(w, "\"published\": \"2001-01-01\""), 400, "published",
                "'published'", "twice"));
        cases.add(post("duplicate key in an array item", ARTICLES, JSON, "[" + json(Problems.article(w + "a")) + ","
                + withExtra(w, "\"outlet\": \"Other\"") + "]", 400, "[1].outlet", "'outlet'", "twice"));
        cases.add(post("extract duplicate key text", EXTRACT, JSON, "{\"text\": \"The pier reopened.\", \"text\": \"Another.\"}",
                400, "text", "'text'", "twice"));
        cases.add(batch("NDJSON duplicate key", NDJSON, withExtra(w, "\"text\": \"Another text.\"") + "\n", "line 1: text",
                "'text'", "twice"));

        // Duplicated query parameters.
        cases.add(get("from twice", ARTICLES, "from=2001-01-01&from=2002-01-01", 400, "from", "from", "more than once"));
        cases.add(get("q twice", ARTICLES, "q=pier&q=harbour", 400, "q", "q", "more than once"));
        cases.add(get("pageSize twice", ARTICLES, "pageSize=1&pageSize=1000", 400, "pageSize", "pageSize", "more than once"));
        cases.add(get("pageToken twice", ARTICLES, "pageToken=a&pageToken=b", 400, "pageToken", "more than once"));
        cases.add(get("limit twice", CLAIMS, "limit=1&limit=200", 400, "limit", "limit", "more than once"));
        cases.add(get("speaker twice", CLAIMS, "speaker=a&speaker=b", 400, "speaker", "more than once"));
        cases.add(get("max twice", COMPARE, "max=1&max=200", 400, "max", "more than once"));
        cases.add(get("to twice", COMPARE, "to=2001-01-01&to=2030-01-01", 400, "to", "more than once"));
        cases.add(send("url twice on a text upload", "POST", ARTICLES, "outlet=Hostile&url=" + enc("https://hostile.example/" + w)
                + "&url=" + enc("https://hostile.example/x" + w), TEXT, bytes("The " + w + " pier reopened."), 400, "url",
                "more than once"));

        // Invalid UTF-8, and charsets.
        cases.add(send("JSON with a 0xFF byte", "POST", ARTICLES, "", JSON, withBytes(w, new byte[] {(byte) 0xFF}), 400, "body",
                "UTF-8", "byte offset"));
        cases.add(send("JSON with an overlong encoding", "POST", ARTICLES, "", JSON,
                withBytes(w, new byte[] {(byte) 0xC0, (byte) 0xAF}), 400, "body", "UTF-8"));
        cases.add(send("JSON with an encoded surrogate", "POST", ARTICLES, "", JSON,
                withBytes(w, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), 400, "body", "UTF-8"));
        cases.add(send("NDJSON with a truncated sequence", "POST", ARTICLES, "", NDJSON,
                concat(withBytes(w, new byte[] {(byte) 0xE2, (byte) 0x82}), bytes("\n")), 400, "body", "UTF-8"));
        cases.add(send("text upload with invalid UTF-8", "POST", ARTICLES, "outlet=Hostile&url=" + enc("https://hostile.example/" + w),
                TEXT, concat(bytes("The " + w + " pier "), new byte[] {(byte) 0xFE, (byte) 0xFE}), 400, "body", "UTF-8"));
        cases.add(send("extract with invalid UTF-8", "POST", EXTRACT, "", JSON,
                concat(bytes("{\"text\": \"The pier "), new byte[] {(byte) 0x80}, bytes("\"}")), 400, "body", "UTF-8"));
        cases.add(get("q with invalid UTF-8", ARTICLES, "q=%FF", 400, "q", "UTF-8"));
        cases.add(get("outlet with invalid UTF-8", COMPARE, "outlet=%C3%28", 400, "outlet", "UTF-8"));
        cases.add(send("an unsupported charset", "POST", ARTICLES, "", JSON + "; charset=ebcdic-cp-us",
                bytes(json(Problems.article(w))), 415, "Content-Type", "ebcdic-cp-us", "UTF-8"));
        cases.add(send("an unknown charset", "POST", EXTRACT, "", JSON + "; charset=x-made-up",
                bytes("{\"text\": \"The pier reopened.\"}"), 415, "Content-Type", "x-made-up"));
        cases.add(send("windows-1252 with an unmapped byte", "POST", ARTICLES, "", JSON + "; charset=windows-1252",
                withBytes(w, new byte[] {(byte) 0x81}), 400, "body", "windows-1252"));
        cases.add(send("UTF-16 with an odd byte", "POST", ARTICLES, "", JSON + "; charset=UTF-16BE",
                concat(json(Problems.article(w)).getBytes(StandardCharsets.UTF_16BE), new byte[] {0x41}), 400, "body", "UTF-16BE"));

        // Control characters in url, outlet, title (and the other short fields); over-long short fields.
        cases.add(post("NUL in title", ARTICLES, JSON, with(w, "title", "Pier\u0000reopens"), 400, "title", "U+0000"));
        cases.add(post("ESC in title", ARTICLES, JSON, with(w, "title", "\u001B[31mPier reopens"), 400, "title", "U+001B"));
        cases.add(post("CR LF in outlet", ARTICLES, JSON, with(w, "outlet", "Harbor\r\nX-Injected: 1"), 400, "outlet", "U+000D"));
        cases.add(post("NUL in url", ARTICLES, JSON, with(w, "url", "https://hostile.example/\u0000" + w), 400, "url", "U+0000"));
        cases.add(post("ESC in url", ARTICLES, JSON, with(w, "url", "https://hostile.example/\u001B" + w), 400, "url", "U+001B"));
        cases.add(post("DEL in outlet", ARTICLES, JSON, with(w, "outlet", "Harbor\u007F"), 400, "outlet", "U+007F"));
        cases.add(post("C1 control in title", ARTICLES, JSON, with(w, "title", "Pier\u0085reopens"), 400, "title", "U+0085"));
        cases.add(post("BEL in byline", ARTICLES, JSON, with(w, "byline", "By\u0007 Ana"), 400, "byline", "U+0007"));
        cases.add(post("CR in title", ARTICLES, JSON, with(w, "title", "Pier\rreopens"), 400, "title", "U+000D"));
        cases.add(post("ESC in a front-matter title", ARTICLES, TEXT, frontMatter(w, "title: Pier \u001B[2J reopens"), 400, "title",
                "U+001B"));
        cases.add(send("CR LF in an outlet query parameter", "POST", ARTICLES, "outlet=Harbor%0D%0AX&url="
                + enc("https://hostile.example/" + w), TEXT, bytes("The " + w + " pier reopened."), 400, "outlet", "U+000D"));
        cases.add(batch("array item with NUL in outlet", JSON, "[" + with(w, "outlet", "Harbor\u0000") + "]", "[0].outlet", "U+0000"));
        cases.add(batch("NDJSON line with ESC in title", NDJSON, with(w, "title", "\u001B]0;x\u0007") + "\n", "line 1: title",
                "U+001B"));
        cases.add(post("a URL of 200,000 characters", ARTICLES, JSON, with(w, "url", "https://hostile.example/" + "a".repeat(200_000)),
                400, "url", "2048"));
        cases.add(post("a URL of 2,049 characters", ARTICLES, JSON, with(w, "url", "https://hostile.example/"
                + "b".repeat(2049 - "https://hostile.example/".length())), 400, "url", "2049", "2048"));
        cases.add(post("an outlet of 2,049 characters", ARTICLES, JSON, with(w, "outlet", "o".repeat(2049)), 400, "outlet", "2048"));
        cases.add(post("a title of 5,000 characters", ARTICLES, JSON, with(w, "title", "t".repeat(5000)), 400, "title", "2048"));
        cases.add(batch("array item with a URL of 3,000 characters", JSON, "[" + with(w, "url", "https://hostile.example/"
                + "c".repeat(3000)) + "]", "[0].url", "2048"));

        // Size.
        cases.add(new Case("a chunked body over the limit", () -> chunkedOverTheLimit(w), 413, "body", List.of(
                String.valueOf(BODY_LIMIT), "16 MiB")));
        return cases;
    }

    // --- gRPC QueryService ---

    @Test
    void everyHostileGrpcRequestIsInvalidArgumentNamingTheField() {
        long min = -62_135_596_800L;
        long max = 253_402_300_799L;
        Map<String, Object[]> table = new LinkedHashMap<>();
        // name -> {request, field, words the description holds}
        for (String field : List.of("published_after", "published_before")) {
            for (long seconds : new long[] {1L << 62, -(1L << 62), Long.MAX_VALUE, Long.MIN_VALUE, min - 1, max + 1}) {
                table.put(field + ".seconds=" + seconds, new Object[] {at(field, Timestamp.newBuilder().setSeconds(seconds)),
                        field, List.of("seconds", String.valueOf(seconds))});
            }
            for (int nanos : new int[] {-1, 1_000_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                table.put(field + ".nanos=" + nanos, new Object[] {at(field, Timestamp.newBuilder().setSeconds(0).setNanos(nanos)),
                        field, List.of("nanos", String.valueOf(nanos))});
            }
        }
        table.put("max_articles=MAX", new Object[] {CompareRequest.newBuilder().setMaxArticles(Integer.MAX_VALUE).build(),
                "max_articles", List.of("max_articles")});
        table.put("max_articles=MIN", new Object[] {CompareRequest.newBuilder().setMaxArticles(Integer.MIN_VALUE).build(),
                "max_articles", List.of("max_articles")});
        table.put("an article id of 10,000 characters", new Object[] {CompareRequest.newBuilder().addArticleIds("i".repeat(10_000))
                .addArticleIds("other").build(), "article_ids", List.of("200")});
        assertThat(table.size()).isGreaterThanOrEqualTo(20);
        Map<String, Object> before = storeSnapshot();

        SoftAssertions soft = new SoftAssertions();
        table.forEach((name, row) -> {
            StatusRuntimeException e = grpcFailure(() -> query.compare((CompareRequest) row[0]));
            if (e == null) {
                soft.fail("%s: answered OK", name);
                return;
            }
            String what = name + " -> " + e.getStatus();
            soft.assertThat(e.getStatus().getCode()).as(what).isEqualTo(Status.Code.INVALID_ARGUMENT);
            soft.assertThat(GrpcErrors.violatedField(e)).as("field: %s", what).isEqualTo(row[1]);
            String description = e.getStatus().getDescription();
            soft.assertThat(description).as("description: %s", what).isNotBlank();
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) row[2];
            words.forEach(word -> soft.assertThat(description).as("description: %s", what).contains(word));
        });

        soft.assertThat(storeSnapshot()).as("the store after the hostile requests").isEqualTo(before);
        soft.assertAll();
    }

    /**
     * Bytes that are no CompareRequest at all: INVALID_ARGUMENT naming the message type and what did not parse
     * (MalformedRequests in proto/, as in the backends), not INTERNAL "Half-closed without a request" from the
     * transport, which is what they got before QueryGrpcService bound itself through MalformedRequests.
     */
    @Test
    void malformedGrpcMessagesAreNotInternal() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        raw.put("a truncated message", new byte[] {0x0A, 0x05, 'a'});
        raw.put("invalid UTF-8 in query", new byte[] {0x0A, 0x01, (byte) 0xFF});
        raw.put("a field number 0", new byte[] {0x00, 0x01});
        raw.put("an unterminated varint", new byte[] {0x28, (byte) 0xFF, (byte) 0xFF});
        raw.forEach((name, bytes) -> {
            StatusRuntimeException e = grpcFailure(() -> ClientCalls.blockingUnaryCall(query.getChannel(), RAW_COMPARE,
                    CallOptions.DEFAULT, bytes));
            if (e == null) {
                soft.fail("%s: answered OK", name);
                return;
            }
            String what = name + " -> " + e.getStatus();
            soft.assertThat(e.getStatus().getCode()).as(what).isEqualTo(Status.Code.INVALID_ARGUMENT);
            soft.assertThat(e.getStatus().getDescription()).as(what)
                    .startsWith("the request is not a valid crosscheck.query.v1.CompareRequest message: ");
        });
        soft.assertAll();
    }

    // --- What hostile input must not break: good input next to it ---

    @Test
    void batchItemsWithTimesOutOfRangeFailOneByOneAndTheRestIsStored() {
        String first = uniqueWord("rangefirst");
        String bad = uniqueWord("rangebad");
        String last = uniqueWord("rangelast");
        String ndjson = json(Problems.article(first)) + "\n" + with(bad, "published", "+1000000000-01-01T00:00:00Z") + "\n"
                + json(Problems.article(last)) + "\n";
        JsonPath answer = JsonPath.from(send("POST", ARTICLES, "", NDJSON, bytes(ndjson)).body());
        assertThat(answer.getList("results.status")).containsExactly("created", "rejected", "created");
        assertThat(answer.getString("results[1].field")).isEqualTo("line 2: published");
        assertThat(answer.getString("results[1].error")).contains(RANGE);

        String a = uniqueWord("arrfirst");
        String b = uniqueWord("arrbad");
        String c = uniqueWord("arrctl");
        String array = "[" + json(Problems.article(a)) + "," + with(b, "published", "-999999999-01-01T00:00:00Z") + ","
                + with(c, "outlet", "Harbor\u001B") + "]";
        JsonPath items = JsonPath.from(send("POST", ARTICLES, "", JSON, bytes(array)).body());
        assertThat(items.getList("results.status")).containsExactly("created", "rejected", "rejected");
        assertThat(items.getString("results[1].field")).isEqualTo("[1].published");
        assertThat(items.getString("results[2].field")).isEqualTo("[2].outlet");

        RestBadInputTest.assertStored(first);
        RestBadInputTest.assertStored(last);
        RestBadInputTest.assertStored(a);
        RestBadInputTest.assertNotStored(bad);
        RestBadInputTest.assertNotStored(b);
        RestBadInputTest.assertNotStored(c);
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        String latin = uniqueWord("latin");
        String body = json(Map.of("url", "https://hostile.example/" + latin, "outlet", "Café Señal", "title", "Café " + latin,
                "published", "2001-03-06", "text", "The " + latin + " café by the pier reopened on Tuesday, the harbour office said."));
        String id = created(send("POST", ARTICLES, "", JSON + "; charset=ISO-8859-1", body.getBytes(StandardCharsets.ISO_8859_1)));
        JsonPath stored = JsonPath.from(send("GET", ARTICLES + "/" + id, "", null, null).body());
        assertThat(stored.getString("title")).isEqualTo("Café " + latin);
        assertThat(stored.getString("outlet")).isEqualTo("Café Señal");

        String windows = uniqueWord("windows");
        String quoted = "“Open” – " + windows + " €5";
        String body1252 = json(Map.of("url", "https://hostile.example/" + windows, "outlet", "Harbor Gazette", "title", quoted,
                "published", "2001-03-06", "text", "The " + windows + " ferry pier reopened on Tuesday, the harbour office said."));
        String id1252 = created(send("POST", ARTICLES, "", JSON + "; charset=\"windows-1252\"",
                body1252.getBytes(Charset.forName("windows-1252"))));
        assertThat(JsonPath.from(send("GET", ARTICLES + "/" + id1252, "", null, null).body()).getString("title")).isEqualTo(quoted);

        String plain = uniqueWord("plainlatin");
        String text = "---\noutlet: Señal\nurl: https://hostile.example/" + plain + "\n---\nThe " + plain
                + " café by the pier reopened on Tuesday.\n";
        String idPlain = created(send("POST", ARTICLES, "", TEXT + "; charset=iso-8859-1", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(JsonPath.from(send("GET", ARTICLES + "/" + idPlain, "", null, null).body()).getString("outlet")).isEqualTo("Señal");
    }

    @Test
    void timesAtTheEdgesOfTheRangeAndAChunkedBodyUnderTheLimitAreAccepted() {
        String nothing = uniqueWord("edges");
        String range = "from=0001-01-01T00:00:00Z&to=" + enc("9999-12-31T23:59:59.999999999Z");
        assertThat(send("GET", ARTICLES, "q=" + nothing + "&" + range, null, null).status()).isEqualTo(200);
        assertThat(send("GET", COMPARE, "q=" + nothing + "&" + range, null, null).status()).isEqualTo(200);
        assertThat(send("GET", ARTICLES, "outlet=a&outlet=b&q=" + nothing, null, null).status()).as("outlet repeats").isEqualTo(200);
        query.compare(CompareRequest.newBuilder().setQuery(nothing)
                .setPublishedAfter(Timestamp.newBuilder().setSeconds(-62_135_596_800L))
                .setPublishedBefore(Timestamp.newBuilder().setSeconds(253_402_300_799L).setNanos(999_999_999)).build());

        String chunked = uniqueWord("chunkedok");
        byte[] body = bytes(json(Problems.article(chunked)));
        HttpRequest request = HttpRequest.newBuilder(root.resolve(ARTICLES)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertThat(exchange(request).status()).isEqualTo(201);
        RestBadInputTest.assertStored(chunked);
    }

    // --- the table's helpers ---

    private Case get(String name, String path, String rawQuery, int status, String field, String... mentions) {
        return new Case(name, () -> send("GET", path, rawQuery, null, null), status, field, List.of(mentions));
    }

    private Case post(String name, String path, String contentType, String body, int status, String field, String... mentions) {
        return new Case(name, () -> send("POST", path, "", contentType, bytes(body)), status, field, List.of(mentions));
    }

    private Case send(String name, String method, String path, String rawQuery, String contentType, byte[] body, int status,
            String field, String... mentions) {
        return new Case(name, () -> send(method, path, rawQuery, contentType, body), status, field, List.of(mentions));
    }

    /** A POST of one item that the batch answers 200 with the item refused. */
    private Case batch(String name, String contentType, String body, String field, String... mentions) {
        return new Case(name, () -> send("POST", ARTICLES, "", contentType, bytes(body)), 200, field, List.of(mentions));
    }

    private Answer send(String method, String path, String rawQuery, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.resolve(path) + (rawQuery == null
                || rawQuery.isEmpty() ? "" : "?" + rawQuery))).timeout(Duration.ofSeconds(60));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return exchange(request.build());
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A chunked POST (no Content-Length) of valid articles past the body limit, over a plain socket so that the answer is
     * read while the body is still being sent: the server answers once the limit is passed and closes the connection.
     */
    private Answer chunkedOverTheLimit(String word) {
        String item = json(Map.of("url", "https://hostile.example/" + word, "outlet", "Hostile", "text",
                "The " + word + " ferry pier reopened on Tuesday, the harbour office said. ".repeat(1000)));
        return raw("POST " + ARTICLES + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: " + JSON
                + "\r\nTransfer-Encoding: chunked\r\n\r\n", out -> {
                    chunk(out, bytes("["));
                    long sent = 1;
                    while (sent < BODY_LIMIT + 256 * 1024) {
                        byte[] next = bytes(item + ",");
                        chunk(out, next);
                        sent += next.length;
                    }
                    chunk(out, bytes(item + "]"));
                    out.write(bytes("0\r\n\r\n"));
                });
    }

    /** What a body written to the stream after the head does; it may fail once the server has answered and closed. */
    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A request written as it is over a plain socket (what java.net.URI would refuse to send), the answer read meanwhile. */
    private Answer raw(String head, BodyWriter body) {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                if (body == null) {
                    return;
                }
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // The server answered and closed: expected once the limit is passed.
                }
            });
            writer.start();
            byte[] response = readAll(socket.getInputStream());
            writer.join(60_000);
            return parse(new String(response, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write(bytes(Integer.toHexString(data.length) + "\r\n"));
        out.write(data);
        out.write(bytes("\r\n"));
    }

    /** Reads until the server closes, or until a whole answer with a Content-Length is in. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
                if (complete(all.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (java.net.SocketException reset) {
            // Closed by the server after its answer.
        }
        return all.toByteArray();
    }

    private static boolean complete(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : response.substring(0, end).split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring("content-length:".length()).strip());
                return response.getBytes(StandardCharsets.UTF_8).length - end - 4 >= length;
            }
        }
        return false;
    }

    private static Answer parse(String response) {
        if (response.isEmpty()) {
            return new Answer(-1, "", "");
        }
        int end = response.indexOf("\r\n\r\n");
        String head = end < 0 ? response : response.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = Arrays.stream(lines).filter(l -> l.toLowerCase().startsWith("content-type:"))
                .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
        return new Answer(status, type, end < 0 ? "" : response.substring(end + 4));
    }

    private static final MethodDescriptor<byte[], byte[]> RAW_COMPARE = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(MethodDescriptor.generateFullMethodName("crosscheck.query.v1.QueryService", "Compare"))
            .setRequestMarshaller(new BytesMarshaller()).setResponseMarshaller(new BytesMarshaller()).build();

    /** Bytes as they are, to send what no generated stub would. */
    private static final class BytesMarshaller implements MethodDescriptor.Marshaller<byte[]> {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static StatusRuntimeException grpcFailure(Runnable call) {
        try {
            call.run();
            return null;
        } catch (StatusRuntimeException e) {
            return e;
        }
    }

    private static CompareRequest at(String field, Timestamp.Builder t) {
        CompareRequest.Builder b = CompareRequest.newBuilder().setQuery("pier");
        return (field.equals("published_after") ? b.setPublishedAfter(t) : b.setPublishedBefore(t)).build();
    }

    // --- what the store holds ---

    /** The number of stored articles and the known article's fields (stored on first use). */
    private Map<String, Object> storeSnapshot() {
        if (known == null) {
            String word = uniqueWord("knownhostile");
            known = Map.of("id", created(send("POST", ARTICLES, "", JSON, bytes(json(Map.of("url", "https://hostile.example/" + word,
                    "outlet", "Hostile Known", "title", "Pier " + word, "published", "2001-03-06T10:00:00Z", "text",
                    "The " + word + " ferry pier reopened on Tuesday, the harbour office said."))))));
        }
        int count = 0;
        String token = "";
        do {
            JsonPath page = JsonPath.from(send("GET", ARTICLES, "pageSize=1000" + (token.isEmpty() ? "" : "&pageToken=" + enc(token)),
                    null, null).body());
            count += page.getList("articles").size();
            token = page.getString("nextPageToken");
        } while (token != null && !token.isEmpty());
        JsonPath article = JsonPath.from(send("GET", ARTICLES + "/" + known.get("id"), "", null, null).body());
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("articles", count);
        for (String field : List.of("id", "url", "outlet", "title", "published", "byline", "language", "contentHash", "ingestTime", "text", "originalText")) {
            snapshot.put(field, article.getString(field));
        }
        return snapshot;
    }

    private static String created(Answer a) {
        assertThat(a.status()).as(a.body()).isIn(200, 201);
        return JsonPath.from(a.body()).getString("article.id");
    }

    // --- bodies ---

    /** The fictional test article with one field replaced, as JSON. */
    private static String with(String word, String field, Object value) {
        Map<String, Object> a = new java.util.HashMap<>(Problems.article(word));
        a.put("url", "https://hostile.example/" + word);
        a.put(field, value);
        return json(a);
    }

    /** The article with one more member appended (a key it already has makes a duplicate). */
    private static String withExtra(String word, String member) {
        String a = with(word, "outlet", "Hostile");
        return a.substring(0, a.length() - 1) + ", " + member + "}";
    }

    /** The article's JSON with raw bytes inside its title. */
    private static byte[] withBytes(String word, byte[] inTitle) {
        String marker = "TITLE-MARK";
        String a = with(word, "title", marker);
        int at = a.indexOf(marker);
        return concat(bytes(a.substring(0, at) + "Pier "), inTitle, bytes(a.substring(at + marker.length())));
    }

    private static String frontMatter(String word, String line) {
        return "---\noutlet: Hostile\nurl: https://hostile.example/" + word + "\n" + line + "\n---\nThe " + word
                + " ferry pier reopened on Tuesday after repairs, the harbour office said.\n";
    }

    private static String token(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(raw));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 297) + "...";
    }
}
