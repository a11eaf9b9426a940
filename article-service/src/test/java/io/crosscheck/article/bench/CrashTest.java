package io.crosscheck.article.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.crosscheck.article.v1.Article;
import io.crosscheck.article.v1.ArticleServiceGrpc;
import io.crosscheck.article.v1.BatchCreateArticleResult;
import io.crosscheck.article.v1.BatchCreateArticlesRequest;
import io.crosscheck.article.v1.CreateArticleRequest;
import io.crosscheck.article.v1.CreateArticleResponse;
import io.crosscheck.article.v1.GetArticleRequest;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client half of bench/crash-test.sh: does an acknowledgement of article-service mean the article survives a
 * crash of the service?
 *
 * <ul>
 * <li>{@code ingest PORT ACK_FILE CLIENTS SEED}: CLIENTS threads store generated fictional articles (unique URLs and
 * texts) through BatchCreateArticles (1..40 articles) and CreateArticle, alternately, until the service stops
 * answering. Only after an acknowledgement arrives is a line written to ACK_FILE: the id, the article as sent and the
 * article as acknowledged (protobuf, base64). Requests in flight when the service dies are not acknowledged and not
 * checked.</li>
 * <li>{@code verify PORT ACK_FILE}: reads every acknowledged id back (GetArticle, full view) and compares url, outlet,
 * title, original text and publish time with what was sent, and cleaned text, content hash and ingest time with what
 * was acknowledged. Prints {@code RESULT acknowledged=N lost=N changed=N}.</li>
 * </ul>
 */
public final class CrashTest {
    /** A made-up vocabulary: the texts are fictional and owe nothing to any corpus. */
    private static final String[] WORDS = ("harbour council quarry lantern ferry orchard tribunal ledger vessel "
            + "meadow signal crane bridge archive festival turbine canal quay district beacon granary foundry "
            + "reservoir garrison pavilion observatory aqueduct tramway café déjà naïve façade").split(" ");
    private static final String[] NAMES = {"Ilse Varo", "Tomas Quell", "Reni Oduya", "Bram Sollen", "Maud Kettering"};

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        Path ackFile = Path.of(args[2]);
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        try {
            if (args[0].equals("ingest")) {
                ingest(channel, ackFile, Integer.parseInt(args[3]), Long.parseLong(args[4]));
            } else {
                verify(channel, ackFile);
            }
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void ingest(ManagedChannel channel, Path ackFile, int clients, long seed) throws Exception {
        AtomicLong acknowledged = new AtomicLong();
        try (BufferedWriter out = Files.newBufferedWriter(ackFile, StandardCharsets.US_ASCII)) {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> runClient(channel, out, client, new Random(seed * 1000 + client), acknowledged),
                        "crash-client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.printf("ingest: %d articles acknowledged by %d clients%n", acknowledged.get(), clients);
    }

    /** Stores articles until the service stops answering; records each acknowledged one. */
    private static void runClient(ManagedChannel channel, BufferedWriter out, int client, Random random, AtomicLong acknowledged) {
        ArticleServiceGrpc.ArticleServiceBlockingStub service = ArticleServiceGrpc.newBlockingStub(channel);
        long seq = 0;
        try {
            for (int request = 0; ; request++) {
                List<Article> sent = new ArrayList<>();
                List<CreateArticleResponse> acks = new ArrayList<>();
                if (request % 2 == 0) {
                    BatchCreateArticlesRequest.Builder batch = BatchCreateArticlesRequest.newBuilder();
                    int size = 1 + random.nextInt(40);
                    for (int i = 0; i < size; i++) {
                        Article a = article(client, seq++, random);
                        sent.add(a);
                        batch.addRequests(CreateArticleRequest.newBuilder().setArticle(a));
                    }
                    for (BatchCreateArticleResult r : service.withDeadlineAfter(30, TimeUnit.SECONDS)
                            .batchCreateArticles(batch.build()).getResultsList()) {
                        if (!r.hasResponse()) {
                            throw new IllegalStateException("a generated article was refused: " + r.getError());
                        }
                        acks.add(r.getResponse());
                    }
                } else {
                    Article a = article(client, seq++, random);
                    sent.add(a);
                    acks.add(service.withDeadlineAfter(30, TimeUnit.SECONDS)
                            .createArticle(CreateArticleRequest.newBuilder().setArticle(a).build()));
                }
                record(out, sent, acks);
                acknowledged.addAndGet(acks.size());
            }
        } catch (StatusRuntimeException e) {
            // The service went away (the crash test killed it): this client is done.
            if (e.getStatus().getCode() != Status.Code.UNAVAILABLE && e.getStatus().getCode() != Status.Code.CANCELLED) {
                System.err.println("client " + client + " stopped on " + e.getStatus());
            }
        }
    }

    private static void record(BufferedWriter out, List<Article> sent, List<CreateArticleResponse> acks) {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < sent.size(); i++) {
            CreateArticleResponse ack = acks.get(i);
            if (ack.getAlreadyExisted()) {
                throw new IllegalStateException("a generated article (unique url and text) was reported as already stored: "
                        + sent.get(i).getUrl());
            }
            lines.append(ack.getArticle().getId()).append('\t').append(b64.encodeToString(sent.get(i).toByteArray()))
                    .append('\t').append(b64.encodeToString(ack.getArticle().toByteArray())).append('\n');
        }
        synchronized (out) {
            try {
                out.write(lines.toString());
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the acknowledgement file", e);
            }
        }
    }

    /** A fictional article: a few paragraphs of made-up sentences, unique by its client and sequence number. */
    static Article article(int client, long seq, Random random) {
        StringBuilder text = new StringBuilder();
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                text.append(capitalised(WORDS[random.nextInt(WORDS.length)])).append(' ');
                for (int w = 0; w < 6 + random.nextInt(10); w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                text.append(random.nextInt(5000)).append(" times, “as planned”, ").append(name).append(" said. ");
            }
            text.append('\n');
        }
        text.append("Crash test item ").append(client).append('-').append(seq).append(' ').append(random.nextLong()).append('.');
        return Article.newBuilder()
                .setUrl("https://crash-test.example/" + client + "/" + seq + "/" + Long.toHexString(random.nextLong()))
                .setOutlet("Crash Outlet " + random.nextInt(12))
                .setTitle(capitalised(WORDS[random.nextInt(WORDS.length)]) + " " + WORDS[random.nextInt(WORDS.length)] + " " + seq)
                .setOriginalText(text.toString())
                .setPublishedTime(Timestamp.newBuilder().setSeconds(1_764_000_000L + random.nextInt(10_000_000))
                        .setNanos(random.nextInt(1000) * 1_000_000))
                .build();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void verify(ManagedChannel channel, Path ackFile) throws IOException {
        ArticleServiceGrpc.ArticleServiceBlockingStub service = ArticleServiceGrpc.newBlockingStub(channel);
        Base64.Decoder b64 = Base64.getDecoder();
        long acknowledged = 0;
        long lost = 0;
        long changed = 0;
        for (String line : Files.readAllLines(ackFile, StandardCharsets.US_ASCII)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            Article sent = parse(b64.decode(parts[1]));
            Article acked = parse(b64.decode(parts[2]));
            acknowledged++;
            Article read;
            try {
                read = service.withDeadlineAfter(30, TimeUnit.SECONDS)
                        .getArticle(GetArticleRequest.newBuilder().setId(parts[0]).build()).getArticle();
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                    lost++;
                    continue;
                }
                throw e;
            }
            String difference = difference(sent, acked, read);
            if (difference != null) {
                changed++;
                if (changed <= 5) {
                    System.out.println("changed: " + parts[0] + " " + difference);
                }
            }
        }
        System.out.printf("RESULT acknowledged=%d lost=%d changed=%d%n", acknowledged, lost, changed);
    }

    /** What differs between the article read back and what was sent and acknowledged; null when nothing does. */
    private static String difference(Article sent, Article acked, Article read) {
        if (!read.getId().equals(acked.getId())) {
            return "id";
        }
        if (!read.getUrl().equals(sent.getUrl())) {
            return "url";
        }
        if (!read.getOutlet().equals(sent.getOutlet())) {
            return "outlet";
        }
        if (!read.getTitle().equals(sent.getTitle())) {
            return "title";
        }
        if (!read.getOriginalText().equals(sent.getOriginalText())) {
            return "original_text";
        }
        if (!read.getPublishedTime().equals(sent.getPublishedTime())) {
            return "published_time";
        }
        if (!read.getCleanedText().equals(acked.getCleanedText()) || !read.getContentHash().equals(acked.getContentHash())) {
            return "cleaned_text or content_hash";
        }
        if (!read.getIngestTime().equals(acked.getIngestTime())) {
            return "ingest_time";
        }
        return null;
    }

    private static Article parse(byte[] bytes) {
        try {
            return Article.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("unreadable line in the acknowledgement file", e);
        }
    }
}
