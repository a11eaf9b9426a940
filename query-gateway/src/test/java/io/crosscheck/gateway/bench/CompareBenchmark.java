package io.crosscheck.gateway.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crosscheck.common.v1.ClaimSet;

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
import java.util.Map;
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
 * <p>Extraction runs at about 17 articles a second on two cores, so beyond {@code extracted} articles the store is
 * filled with renamed copies of the extracted stories (see {@link FictionalStories.Renamer}): each copy is posted
 * through the gateway like any article and its claims, the source's stored claims renamed the same way, are put
 * straight into article-service ({@link RenamedClaims}). Questions then ask about real and copied stories alike.
 *
 * <p>args: gateway-base-url sizes(comma-separated) questions-per-size [clients, default 32]
 * [article-service-target extraction-service-target extracted, needed when a size exceeds extracted]
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
        int largest = Arrays.stream(sizes).max().orElseThrow();
        int extracted = args.length > 6 ? Integer.parseInt(args[6]) : largest;
        if (extracted < largest && args.length < 7) {
            throw new IllegalArgumentException("sizes beyond the extracted articles need the backends' targets");
        }
        try (RenamedClaims copies = extracted < largest ? new RenamedClaims(args[4], args[5]) : null) {
            new CompareBenchmark(base, clients).run(sizes, questions, Math.min(extracted, largest), copies);
        }
    }

    private void run(int[] sizes, int questions, int extracted, RenamedClaims copies) throws Exception {
        int realStories = extracted / OUTLETS_PER_STORY;
        List<FictionalStories.Report> real = new FictionalStories(20261121L)
                .generate(realStories, OUTLETS_PER_STORY, Instant.parse("2026-11-20T12:00:00Z"));
        List<FictionalStories.Report> all = new ArrayList<>(real);
        List<String> realIds = new ArrayList<>();
        FictionalStories.Renamer renamer = new FictionalStories.Renamer(20261207L, real);
        Map<String, ClaimSet> realClaims = null;
        List<String[]> rows = new ArrayList<>();
        int loaded = 0;
        for (int size : sizes) {
            long t0 = System.nanoTime();
            if (loaded < real.size()) {
                List<FictionalStories.Report> batch = real.subList(loaded, Math.min(size, real.size()));
                realIds.addAll(post(batch));
                cacheClaims(batch);
                loaded += batch.size();
                System.out.printf("store: %d articles (loaded and extracted %d in %.0f s)%n", loaded, batch.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            if (loaded < size) {
                t0 = System.nanoTime();
                if (realClaims == null) {
                    realClaims = copies.fetch(realIds);
                }
                int copied = loadCopies(real, realIds, realClaims, renamer, loaded / OUTLETS_PER_STORY,
                        size / OUTLETS_PER_STORY, all, copies);
                loaded += copied;
                System.out.printf("store: %d articles (loaded %d renamed copies with their claims in %.0f s)%n", loaded,
                        copied, (System.nanoTime() - t0) / 1e9);
            }
            List<String> stories = all.stream().map(FictionalStories.Report::storyKeyword).distinct().toList();
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

    /**
     * Stories {@code fromStory} up to {@code toStory} as renamed copies of the extracted ones (story s copies story
     * s mod the extracted count), posted in batches, their claims put straight into the store; returns the articles.
     */
    private int loadCopies(List<FictionalStories.Report> real, List<String> realIds, Map<String, ClaimSet> realClaims,
            FictionalStories.Renamer renamer, int fromStory, int toStory, List<FictionalStories.Report> all,
            RenamedClaims copies) throws Exception {
        int realStories = real.size() / OUTLETS_PER_STORY;
        List<FictionalStories.Report> batch = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        List<FictionalStories.Renaming> renamings = new ArrayList<>();
        int copied = 0;
        for (int story = fromStory; story < toStory; story++) {
            int source = (story % realStories) * OUTLETS_PER_STORY;
            FictionalStories.Renaming renaming = renamer.renaming(real.get(source));
            for (int o = 0; o < OUTLETS_PER_STORY; o++) {
                batch.add(FictionalStories.Renamer.renamed(real.get(source + o), renaming, story));
                sources.add(source + o);
                renamings.add(renaming);
            }
            if (batch.size() >= POST_BATCH || story == toStory - 1) {
                List<String> ids = post(batch);
                for (int i = 0; i < ids.size(); i++) {
                    copies.putRenamed(ids.get(i), realClaims.get(realIds.get(sources.get(i))), renamings.get(i));
                }
                all.addAll(batch);
                copied += batch.size();
                batch.clear();
                sources.clear();
                renamings.clear();
            }
        }
        copies.awaitStored();
        // A copy must compare as its source does, or the rows over copies would time another workload.
        FictionalStories.Report firstCopy = all.get(all.size() - copied);
        String source = real.get((fromStory % realStories) * OUTLETS_PER_STORY).storyKeyword();
        System.out.printf("  copy %s of %s: %s; source: %s%n", firstCopy.storyKeyword(), source,
                shape(firstCopy.storyKeyword()), shape(source));
        return copied;
    }

    /** Articles, clusters, conflicts and rewrite groups of the comparison of one story. */
    private String shape(String keyword) throws IOException, InterruptedException {
        JsonNode answer = json.readTree(get("/api/v1/compare?q=" + encode(keyword) + "&max=" + COVERED));
        return answer.path("articles").size() + " articles, " + answer.path("clusters").size() + " clusters, "
                + answer.path("conflicts").size() + " conflicts, " + answer.path("rewriteGroups").size() + " rewrite groups";
    }

    /** Posts the reports in batches; returns their article ids in order. */
    private List<String> post(List<FictionalStories.Report> reports) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
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
            if (response.statusCode() >= 300 || result.path("rejected").asInt() > 0 || result.path("existing").asInt() > 0) {
                throw new IllegalStateException("loading articles failed: " + response.statusCode() + " " + response.body());
            }
            for (JsonNode item : result.path("results")) {
                ids.add(item.path("article").path("id").asText());
            }
        }
        return ids;
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
