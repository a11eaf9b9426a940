package io.crosscheck.article.bench;

import com.google.protobuf.Timestamp;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import io.crosscheck.article.store.MongoStore;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.ArticleView;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import org.bson.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Ingest throughput: articles/s through BatchCreateArticles (validation, cleaning, hashing, dedup
 * look-up, gRPC, acknowledged insert) against the raw driver's insertMany of the very documents the
 * service stored, into a collection with the same indexes in the same store, with the service's write concern
 * (majority, journaled), so that an insertMany also counts as done only once it is committed and synced to disk, as
 * the service's acknowledgements are (DurableH2Backend). Rounds alternate the two
 * so that machine noise hits both; the ratio is taken per round and the median reported.
 * Run by bench/ingest-benchmark.sh, which starts article-service on its embedded store.
 *
 * args: grpcPort mongoUri articlesPerRound batchSize rounds corpusDir
 */
public final class IngestBenchmark {
    /** Paragraphs per article: news articles of realistic length. */
    private static final int PARAGRAPHS = 12;
    private static final int WARMUP_ROUNDS = 2;

    public static void main(String[] args) throws IOException {
        int grpcPort = Integer.parseInt(args[0]);
        String mongoUri = args[1];
        int perRound = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<String> paragraphs = paragraphs(Path.of(args[5]));

        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        ArticleServiceGrpc.ArticleServiceBlockingStub service = ArticleServiceGrpc.newBlockingStub(channel);
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoCollection<Document> stored = mongo.getDatabase("crosscheck").getCollection("articles");
            MongoCollection<Document> raw = mongo.getDatabase("crosscheck").getCollection("bench_raw_articles")
                    .withWriteConcern(MongoStore.DURABLE);
            raw.drop();
            raw.createIndex(Indexes.ascending("url"), new IndexOptions().unique(true));
            raw.createIndex(Indexes.ascending("contentHash"), new IndexOptions().unique(true));
            raw.createIndex(Indexes.descending("sortTime", "_id"));
            raw.createIndex(Indexes.compoundIndex(Indexes.ascending("outlet"), Indexes.descending("sortTime", "_id")));
            raw.createIndex(Indexes.ascending("terms"));

            Random random = new Random(42);
            // JIT warm-up, not reported: the service's own path (gRPC, cleaning, fingerprinting, the search index) takes
            // a few thousand articles to be compiled, where the raw path shares the store's code that every write warms.
            for (int w = 0; w < WARMUP_ROUNDS; w++) {
                run(service, stored, raw, synthetic(paragraphs, PARAGRAPHS, perRound, random, "warmup" + w), batch);
            }
            List<Double> ratios = new ArrayList<>();
            System.out.printf("%-6s %12s %14s %8s%n", "round", "service a/s", "insertMany d/s", "ratio");
            for (int r = 1; r <= rounds; r++) {
                double[] rates = run(service, stored, raw, synthetic(paragraphs, PARAGRAPHS, perRound, random, "r" + r), batch);
                double ratio = rates[0] / rates[1];
                ratios.add(ratio);
                System.out.printf("%-6d %12.0f %14.0f %8.3f%n", r, rates[0], rates[1], ratio);
            }
            Collections.sort(ratios);
            System.out.printf("median ratio service/insertMany: %.3f (%d articles per round, batches of %d)%n",
                    ratios.get(ratios.size() / 2), perRound, batch);
        } finally {
            channel.shutdownNow();
        }
    }

    /** @return {service articles/s, raw insertMany documents/s} */
    private static double[] run(ArticleServiceGrpc.ArticleServiceBlockingStub service, MongoCollection<Document> stored,
            MongoCollection<Document> raw, List<Article> articles, int batch) {
        List<String> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int from = 0; from < articles.size(); from += batch) {
            // A bulk loader needs ids and outcomes back, not its own texts (insertMany answers no documents either).
            BatchCreateArticlesRequest.Builder request = BatchCreateArticlesRequest.newBuilder()
                    .setView(ArticleView.ARTICLE_VIEW_BASIC);
            for (Article a : articles.subList(from, Math.min(articles.size(), from + batch))) {
                request.addRequests(CreateArticleRequest.newBuilder().setArticle(a));
            }
            for (BatchCreateArticleResult result : service.batchCreateArticles(request.build()).getResultsList()) {
                if (!result.hasResponse() || result.getResponse().getAlreadyExisted()) {
                    throw new IllegalStateException("benchmark article not stored: " + result);
                }
                ids.add(result.getResponse().getArticle().getId());
            }
        }
        double serviceSeconds = (System.nanoTime() - t0) / 1e9;

        List<Document> docs = stored.find(Filters.in("_id", ids)).into(new ArrayList<>());
        long t1 = System.nanoTime();
        for (int from = 0; from < docs.size(); from += batch) {
            raw.insertMany(docs.subList(from, Math.min(docs.size(), from + batch)), new InsertManyOptions().ordered(false));
        }
        double rawSeconds = (System.nanoTime() - t1) / 1e9;
        return new double[] {articles.size() / serviceSeconds, docs.size() / rawSeconds};
    }

    /** Articles made of {@code paragraphsEach} corpus paragraphs in a random order, each with a unique line. */
    static List<Article> synthetic(List<String> paragraphs, int paragraphsEach, int count, Random random, String round) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < paragraphsEach; p++) {
                text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
            }
            text.append("Benchmark article ").append(round).append(' ').append(i).append(' ').append(random.nextLong()).append('.');
            out.add(Article.newBuilder().setUrl("https://bench.example/" + round + "/" + i).setOutlet("Outlet " + (i % 20))
                    .setTitle("Benchmark " + round + " " + i).setOriginalText(text.toString())
                    .setPublishedTime(Timestamp.newBuilder().setSeconds(1_764_000_000L + i * 60L)).build());
        }
        return out;
    }

    static List<String> paragraphs(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.length() > 80) {
                        out.add(line);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no paragraphs under " + corpus);
        }
        return out;
    }
}
