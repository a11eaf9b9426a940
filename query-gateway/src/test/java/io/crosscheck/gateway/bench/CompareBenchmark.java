package io.crosscheck.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latency of the comparison over a growing store, against the plain claims read of the same question
 * in the same run. For each store size it loads fictional stories (five outlets each) through the
 * gateway, has the gateway extract and store their claims once (so the timed requests read cached
 * claims, as in steady use), then has a number of concurrent clients ask both endpoints the same
 * questions in alternation and prints p50/p99 of each, their ratio and the questions answered per
 * second. Run by {@code query-gateway/bench/compare-benchmark.sh}.
 *
 * <p>args: gateway-base-url sizes(comma-separated) questions-per-size [clients, default 32]
 */
public final class CompareBenchmark {
    private static final int OUTLETS_PER_STORY = 5;
    private static final int POST_BATCH = 250;
    /** Articles one answer covers at most: the gateway's default for a comparison. */
    private static final int COVERED = 50;
    /** Untimed questions per client before each row, so every client's connection and the gateway's paths are warm. */
    private static final int WARM_PER_CLIENT = 2;
    private static final int WARM_MIN = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final int clients;

    private CompareBenchmark(String base, int clients) {
        this.base = base;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int[] sizes = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int questions = Integer.parseInt(args[2]);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        if (clients < 1 || questions < 1) {
            throw new IllegalArgumentException("questions and clients must be at least 1: " + questions + ", " + clients);
        }
        new CompareBenchmark(base, clients).run(sizes, questions);
    }

    private void run(int[] sizes, int questions) throws Exception {
        int maxStories = Arrays.stream(sizes).max().orElseThrow() / OUTLETS_PER_STORY;
        List<FictionalStories.Report> all = new FictionalStories(20261121L)
                .generate(maxStories, OUTLETS_PER_STORY, Instant.parse("2026-11-20T12:00:00Z"));
        List<String[]> rows = new ArrayList<>();
        int loaded = 0;
        for (int size : sizes) {
            List<FictionalStories.Report> batch = all.subList(loaded, Math.min(size, all.size()));
            long t0 = System.nanoTime();
            post(batch);
            cacheClaims(batch);
            loaded = Math.min(size, all.size());
            System.out.printf("store: %d articles (loaded and extracted %d in %.0f s)%n", loaded, batch.size(),
                    (System.nanoTime() - t0) / 1e9);
            List<String> stories = all.subList(0, loaded).stream().map(FictionalStories.Report::storyKeyword).distinct().toList();
            // A story (its town: the five reports of one event) and a topic (a facility: the newest of many stories).
            rows.add(measure(loaded, "story", stories, questions));
            rows.add(measure(loaded, "topic", FictionalStories.FACILITY_WORDS, questions));
        }
        System.out.printf("%n%-9s %-6s %7s %9s %11s %11s %12s %12s %15s %11s%n", "articles", "kind", "clients", "covered",
                "claims p50", "claims p99", "compare p50", "compare p99", "compare/claims", "questions/s");
        for (String[] r : rows) {
            System.out.printf("%-9s %-6s %7s %9s %11s %11s %12s %12s %15s %11s%n", (Object[]) r);
        }
        System.out.println("(ms, " + clients + " concurrent clients, " + questions + " questions per row, each asked of both "
                + "endpoints in alternation and timed per request; covered = median articles per answer; "
                + "compare/claims = p50 ratio; questions/s = questions (both requests) over the row's wall time)");
    }

    private String[] measure(int loaded, String kind, List<String> keywords, int questions)
            throws InterruptedException, ExecutionException {
        // Questions are drawn before the clients start, so a row asks the same questions whatever the client count
        // and however the threads interleave.
        Random pickQuestion = new Random(loaded * 31L + kind.hashCode());
        String[] warm = new String[Math.max(WARM_MIN, WARM_PER_CLIENT * clients)];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = encode(keywords.get(pickQuestion.nextInt(keywords.size())));
        }
        String[] asked = new String[questions];
        for (int i = 0; i < questions; i++) {
            asked[i] = encode(keywords.get(pickQuestion.nextInt(keywords.size())));
        }
        long[] compare = new long[questions];
        long[] claims = new long[questions];
        long[] covered = new long[questions];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            ask(pool, warm, null, null, null);
            long t0 = System.nanoTime();
            ask(pool, asked, compare, claims, covered);
            long wall = System.nanoTime() - t0;
            return new String[] {Integer.toString(loaded), kind, Integer.toString(clients),
                    Long.toString(percentile(covered, 50)), ms(percentile(claims, 50)), ms(percentile(claims, 99)),
                    ms(percentile(compare, 50)), ms(percentile(compare, 99)),
                    String.format("%.2f", (double) percentile(compare, 50) / percentile(claims, 50)),
                    String.format("%.1f", questions / (wall / 1e9))};
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every client takes the next unasked question until none is left, asks compare and then claims, and times
     * each request on its own; the times land at the question's index, so no list is shared between threads.
     * The clients wait on one latch so they start together rather than as the pool spins its threads up.
     * With null arrays the answers are only checked (warm-up).
     */
    private void ask(ExecutorService pool, String[] questions, long[] compare, long[] claims, long[] covered)
            throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                go.await();
                for (int i = next.getAndIncrement(); i < questions.length; i = next.getAndIncrement()) {
                    String q = questions[i];
                    long t0 = System.nanoTime();
                    JsonNode answer = json.readTree(get("/api/v1/compare?q=" + q + "&max=" + COVERED));
                    long tCompare = System.nanoTime() - t0;
                    long tClaims = timed("/api/v1/claims?q=" + q + "&limit=" + COVERED);
                    if (compare != null) {
                        compare[i] = tCompare;
                        claims[i] = tClaims;
                        covered[i] = answer.path("articles").size();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        // A failed request fails the row: a percentile over the questions that happened to succeed would flatter it.
        for (Future<Void> f : running) {
            f.get();
        }
    }

    private void post(List<FictionalStories.Report> reports) throws IOException, InterruptedException {
        for (int from = 0; from < reports.size(); from += POST_BATCH) {
            ArrayNode array = json.createArrayNode();
            for (FictionalStories.Report r : reports.subList(from, Math.min(reports.size(), from + POST_BATCH))) {
                ObjectNode a = array.addObject();
                a.put("url", r.url()).put("outlet", r.outlet()).put("title", r.title())
                        .put("published", r.published().toString()).put("text", r.text());
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                    .timeout(Duration.ofMinutes(2)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(array))).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode result = json.readTree(response.body());
            if (response.statusCode() >= 300 || result.path("rejected").asInt() > 0) {
                throw new IllegalStateException("loading articles failed: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** The first question about a story extracts and stores its claims; later ones read them. */
    private void cacheClaims(List<FictionalStories.Report> reports) throws IOException, InterruptedException {
        for (String keyword : reports.stream().map(FictionalStories.Report::storyKeyword).distinct().toList()) {
            JsonNode answer = json.readTree(get("/api/v1/claims?q=" + encode(keyword)));
            if (answer.path("summary").path("missing").asInt() > 0) {
                throw new IllegalStateException("claims missing for " + keyword + ": " + answer.path("missing"));
            }
        }
    }

    private long timed(String path) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        get(path);
        return System.nanoTime() - t0;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
