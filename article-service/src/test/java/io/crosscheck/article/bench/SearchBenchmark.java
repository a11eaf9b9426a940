package io.crosscheck.article.bench;

import com.google.protobuf.Timestamp;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.ListArticlesRequest;
import io.crosscheck.article.v1.SearchArticlesRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Search and listing latency of article-service over a large store: p50/p99 of SearchArticles (one or two keywords,
 * sometimes an outlet or a time range) and ListArticles (newest first, sometimes an outlet or a time range), one
 * page of 20, with CLIENTS concurrent clients, each request timed on its own. Run twice by search-benchmark.sh on the
 * same data: once with the service's own search index and once without it (the embedded server alone), so the
 * baseline is measured on the same machine in the same run.
 *
 * <p>args: grpcPort mode(load|measure) articles queries clients corpusDir label
 */
public final class SearchBenchmark {
    private static final int BATCH = 500;
    private static final int PAGE = 20;
    private static final int OUTLETS = 40;
    private static final long FIRST_SECOND = 1_764_000_000L;
    private static final long SPREAD_SECONDS = 120L * 86_400;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String mode = args[1];
        int articles = Integer.parseInt(args[2]);
        int queries = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        List<String> paragraphs = IngestBenchmark.paragraphs(Path.of(args[5]));
        String label = args[6];
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        try {
            ArticleServiceGrpc.ArticleServiceBlockingStub service = ArticleServiceGrpc.newBlockingStub(channel);
            if (mode.equals("load")) {
                load(service, paragraphs, articles);
            } else {
                measure(port, paragraphs, queries, clients, label);
            }
        } finally {
            channel.shutdownNow();
        }
    }

    /** Stores the articles: a few corpus paragraphs each, 40 outlets, publish times spread over 120 days. */
    private static void load(ArticleServiceGrpc.ArticleServiceBlockingStub service, List<String> paragraphs, int count) {
        Random random = new Random(20261207L);
        long t0 = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            // Two paragraphs each: the store's size, not its text volume, is under test.
            List<Article> batch = IngestBenchmark.synthetic(paragraphs, 2, Math.min(BATCH, count - from), random, "s" + from);
            BatchCreateArticlesRequest.Builder request = BatchCreateArticlesRequest.newBuilder();
            for (Article a : batch) {
                request.addRequests(CreateArticleRequest.newBuilder().setArticle(a.toBuilder()
                        .setOutlet("Outlet " + random.nextInt(OUTLETS))
                        .setPublishedTime(Timestamp.newBuilder().setSeconds(FIRST_SECOND + (long) (random.nextDouble() * SPREAD_SECONDS)))));
            }
            for (BatchCreateArticleResult r : service.batchCreateArticles(request.build()).getResultsList()) {
                if (r.hasError()) {
                    throw new IllegalStateException("ingest refused an article: " + r.getError());
                }
            }
        }
        System.out.printf("loaded %d articles in %.0f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    /** Each client on a connection of its own, as separate clients (a desk's users, several gateways) are. */
    private static void measure(int port, List<String> paragraphs, int queries, int clients, String label) throws Exception {
        List<ManagedChannel> channels = new ArrayList<>();
        ArticleServiceGrpc.ArticleServiceBlockingStub[] stubs = new ArticleServiceGrpc.ArticleServiceBlockingStub[clients];
        for (int c = 0; c < clients; c++) {
            ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            channels.add(channel);
            stubs[c] = ArticleServiceGrpc.newBlockingStub(channel);
        }
        try {
            measure(stubs, paragraphs, queries, clients, label);
        } finally {
            channels.forEach(ManagedChannel::shutdownNow);
        }
    }

    private static void measure(ArticleServiceGrpc.ArticleServiceBlockingStub[] stubs, List<String> paragraphs, int queries,
            int clients, String label) throws Exception {
        Random random = new Random(7);
        List<String> words = words(paragraphs);
        SearchArticlesRequest[] searches = new SearchArticlesRequest[queries];
        ListArticlesRequest[] lists = new ListArticlesRequest[queries];
        for (int i = 0; i < queries; i++) {
            SearchArticlesRequest.Builder s = SearchArticlesRequest.newBuilder().setPageSize(PAGE).setView(ArticleView.ARTICLE_VIEW_BASIC)
                    .setQuery(words.get(random.nextInt(words.size())) + (random.nextBoolean() ? " " + words.get(random.nextInt(words.size())) : ""));
            ListArticlesRequest.Builder l = ListArticlesRequest.newBuilder().setPageSize(PAGE).setView(ArticleView.ARTICLE_VIEW_BASIC);
            if (random.nextInt(4) == 0) {
                String outlet = "Outlet " + random.nextInt(OUTLETS);
                s.addOutlets(outlet);
                l.addOutlets(outlet);
            }
            if (random.nextInt(4) == 0) {
                long after = FIRST_SECOND + (long) (random.nextDouble() * SPREAD_SECONDS * 0.8);
                s.setPublishedAfter(Timestamp.newBuilder().setSeconds(after));
                l.setPublishedAfter(Timestamp.newBuilder().setSeconds(after))
                        .setPublishedBefore(Timestamp.newBuilder().setSeconds(after + 7 * 86_400));
            }
            searches[i] = s.build();
            lists[i] = l.build();
        }
        // Warm-up (not timed), as many requests as are timed: the first requests load classes and fill caches, and the
        // JIT compiles the request path of both JVMs, the service's and this client's (both share the two cores; with
        // 50 warm-up requests the compiler threads were still busy during the timed ones).
        timed(clients, queries, (c, i) -> stubs[c].searchArticles(searches[i]));
        timed(clients, queries, (c, i) -> stubs[c].listArticles(lists[i]));
        long[] search = timed(clients, queries, (c, i) -> stubs[c].searchArticles(searches[i]));
        long[] list = timed(clients, queries, (c, i) -> stubs[c].listArticles(lists[i]));
        System.out.printf(Locale.ROOT, "%-14s search p50 %8.2f ms  p99 %8.2f ms | list p50 %8.2f ms  p99 %8.2f ms  (%d queries each, %d clients, failed %d)%n",
                label, ms(search, 50), ms(search, 99), ms(list, 50), ms(list, 99), queries, clients, failed(search) + failed(list));
    }

    /** Longer words of the corpus paragraphs: keywords a desk might type. */
    private static List<String> words(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            for (String w : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.length() >= 6) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** @param request called with the client's number and the request's */
    private static long[] timed(int clients, int count, BiConsumer<Integer, Integer> request) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            request.accept(client, i);
                            nanos[i] = System.nanoTime() - t0;
                        } catch (io.grpc.StatusRuntimeException e) {
                            // A refused request (the store too busy to answer in time) is counted, not timed.
                            nanos[i] = -1;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }

    private static long failed(long[] nanos) {
        return Arrays.stream(nanos).filter(n -> n < 0).count();
    }

    /** A percentile of the answered requests; a failed one counts as slower than any answered (it gave no answer). */
    private static double ms(long[] nanos, int percentile) {
        long[] sorted = Arrays.stream(nanos).map(n -> n < 0 ? Long.MAX_VALUE : n).toArray();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        long n = sorted[Math.max(0, index)];
        return n == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : n / 1e6;
    }
}
