package io.crosscheck.extraction.api;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import com.google.rpc.ErrorInfo;
import io.crosscheck.extraction.config.ExtractionConfig;
import io.crosscheck.extraction.domain.AnalyzedText;
import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.InvalidTextException;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.domain.TextAnalyzer;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.grpc.Status;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.smallrye.mutiny.Multi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bounded scheduler without Quarkus or CoreNLP: a fake analyzer holds every extraction until the
 * test lets it go, so "running" and "waiting" are exact and RESOURCE_EXHAUSTED needs no timing luck.
 */
class ExtractionSchedulerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 26);
    private static final String TEXT = "The harbour reopened on Monday.";

    private final GatedAnalyzer analyzer = new GatedAnalyzer();
    private final List<ExtractionScheduler> schedulers = new ArrayList<>();

    @AfterEach
    void stop() {
        analyzer.release.countDown();
        schedulers.forEach(ExtractionScheduler::stop);
    }

    @Test
    void pastConcurrencyPlusQueueTheFutureFailsWithResourceExhausted() throws Exception {
        ExtractionScheduler scheduler = scheduler(1, 1);
        CompletableFuture<ExtractionResult> running = scheduler.submit(TEXT, PUBLISHED, "en");
        analyzer.awaitStarted(1);
        CompletableFuture<ExtractionResult> waiting = scheduler.submit(TEXT, PUBLISHED, "en");
        assertThat(scheduler.queueDepth()).isEqualTo(1);

        CompletableFuture<ExtractionResult> refused = scheduler.submit(TEXT, PUBLISHED, "en");

        StatusRuntimeException e = failure(refused);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(e.getStatus().getDescription()).contains("1 running").contains("1 waiting");
        assertThat(reason(e)).isEqualTo("OVERLOADED");
        assertThat(running).isNotDone();
        assertThat(waiting).isNotDone();

        analyzer.release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS).claimSet().getClaimsList()).isEmpty();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(scheduler.submit(TEXT, PUBLISHED, "en").get(10, TimeUnit.SECONDS))
                .as("room again once the queue drained").isNotNull();
    }

    @Test
    void acceptsExactlyConcurrencyPlusQueueCapacity() throws Exception {
        ExtractionScheduler scheduler = scheduler(2, 3);
        List<CompletableFuture<ExtractionResult>> accepted = new ArrayList<>();
        accepted.add(scheduler.submit(TEXT, PUBLISHED, "en"));
        accepted.add(scheduler.submit(TEXT, PUBLISHED, "en"));
        analyzer.awaitStarted(2);
        for (int i = 0; i < 3; i++) {
            accepted.add(scheduler.submit(TEXT, PUBLISHED, "en"));
        }

        CompletableFuture<ExtractionResult> sixth = scheduler.submit(TEXT, PUBLISHED, "en");

        assertThat(failure(sixth).getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(accepted).noneMatch(CompletableFuture::isDone);
        analyzer.release.countDown();
        for (CompletableFuture<ExtractionResult> f : accepted) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void metersShowQueueDepthRunningRejectionsAndTimePerExtraction() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ExtractionScheduler scheduler = track(new ExtractionScheduler(new NewsExtractor(analyzer, MiniLmSentenceEmbedder.shared(), 1_000_000), config(1, 2), meters));
        assertThat(meters.get("crosscheck.extraction.queue.capacity").gauge().value()).isEqualTo(2);
        CompletableFuture<ExtractionResult> running = scheduler.submit(TEXT, PUBLISHED, "en");
        analyzer.awaitStarted(1);
        CompletableFuture<ExtractionResult> waiting = scheduler.submit(TEXT, PUBLISHED, "en");
        scheduler.submit(TEXT, PUBLISHED, "en");
        scheduler.submit(TEXT, PUBLISHED, "en");

        assertThat(meters.get("crosscheck.extraction.queue.depth").gauge().value()).isEqualTo(2);
        assertThat(meters.get("crosscheck.extraction.running").gauge().value()).isEqualTo(1);
        assertThat(meters.get("crosscheck.extraction.rejected").counter().count()).isEqualTo(1);

        analyzer.release.countDown();
        running.get(10, TimeUnit.SECONDS);
        waiting.get(10, TimeUnit.SECONDS);
        Timer ok = meters.get("crosscheck.extraction.duration").tag("outcome", "ok").timer();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ok.count() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ok.count()).as("one sample per extraction, recorded when it ends").isEqualTo(3);
        assertThat(meters.get("crosscheck.extraction.queue.depth").gauge().value()).isZero();
    }

    @Test
    void badInputIsRefusedAtOnceEvenWhenTheQueueIsFull() {
        ExtractionScheduler scheduler = scheduler(1, 1);
        scheduler.submit(TEXT, PUBLISHED, "en");
        analyzer.awaitStarted(1);
        scheduler.submit(TEXT, PUBLISHED, "en");

        assertThatThrownBy(() -> scheduler.submit("  ", PUBLISHED, "en")).isInstanceOf(InvalidTextException.class)
                .extracting(t -> ((InvalidTextException) t).field()).isEqualTo("text");
        assertThatThrownBy(() -> scheduler.submit(TEXT, PUBLISHED, "fr")).isInstanceOf(InvalidTextException.class)
                .extracting(t -> ((InvalidTextException) t).field()).isEqualTo("language");
        assertThat(scheduler.queueDepth()).isEqualTo(1);
    }

    @Test
    void zeroConcurrencyMeansOnePerCore() {
        ExtractionScheduler scheduler = scheduler(0, 5);

        assertThat(scheduler.concurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(scheduler.queueCapacity()).isEqualTo(5);
    }

    @Test
    void theServiceAnswersResourceExhaustedWhenTheSchedulerIsFull() {
        ExtractionScheduler scheduler = scheduler(1, 1);
        ExtractionGrpcService service = new ExtractionGrpcService(scheduler);
        scheduler.submit(TEXT, PUBLISHED, "en");
        analyzer.awaitStarted(1);
        scheduler.submit(TEXT, PUBLISHED, "en");

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> service.extractClaims(request("unary")).await().atMost(Duration.ofSeconds(10)));

        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(reason(e)).isEqualTo("OVERLOADED");
    }

    @Test
    void aStreamItemRefusedForLoadAnswersWithItsErrorAndTheStreamGoesOn() {
        ExtractionScheduler scheduler = scheduler(1, 1);
        ExtractionGrpcService service = new ExtractionGrpcService(scheduler);
        scheduler.submit(TEXT, PUBLISHED, "en");
        analyzer.awaitStarted(1);
        scheduler.submit(TEXT, PUBLISHED, "en");

        List<ExtractClaimsResponse> answers = service.streamExtractClaims(Multi.createFrom().items(request("a"), request("b")))
                .collect().asList().await().atMost(Duration.ofSeconds(10));

        assertThat(answers).extracting(ExtractClaimsResponse::getRequestId).containsExactlyInAnyOrder("a", "b");
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.getError().getCode()).isEqualTo("RESOURCE_EXHAUSTED");
            assertThat(a.getError().getMessage()).contains("queue is full");
        });
    }

    @Test
    void anUnexpectedFailureIsInternalWithoutLeakingDetails() {
        ExtractionScheduler scheduler = track(new ExtractionScheduler(new NewsExtractor(text -> {
            throw new IllegalStateException("secret model path /opt/models");
        }, MiniLmSentenceEmbedder.shared(), 1_000_000), config(1, 1)));
        ExtractionGrpcService service = new ExtractionGrpcService(scheduler);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> service.extractClaims(request("boom")).await().atMost(Duration.ofSeconds(10)));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(e.getStatus().getDescription()).doesNotContain("secret").contains("server log");
    }

    private ExtractionScheduler scheduler(int concurrency, int queueCapacity) {
        return track(new ExtractionScheduler(new NewsExtractor(analyzer, MiniLmSentenceEmbedder.shared(), 1_000_000), config(concurrency, queueCapacity)));
    }

    private ExtractionScheduler track(ExtractionScheduler scheduler) {
        schedulers.add(scheduler);
        return scheduler;
    }

    private static ExtractClaimsRequest request(String id) {
        return ExtractClaimsRequest.newBuilder().setRequestId(id).setText(TEXT).build();
    }

    private static StatusRuntimeException failure(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        ExecutionException e = catchThrowableOfType(ExecutionException.class, () -> future.get(1, TimeUnit.SECONDS));
        assertThat(e.getCause()).isInstanceOf(StatusRuntimeException.class);
        return (StatusRuntimeException) e.getCause();
    }

    private static String reason(StatusRuntimeException e) {
        try {
            return StatusProto.fromThrowable(e).getDetails(0).unpack(ErrorInfo.class).getReason();
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    static ExtractionConfig config(int concurrency, int queueCapacity) {
        return new ExtractionConfig() {
            @Override
            public int maxTextChars() {
                return 1_000_000;
            }

            @Override
            public int concurrency() {
                return concurrency;
            }

            @Override
            public int queueCapacity() {
                return queueCapacity;
            }

            @Override
            public String annotators() {
                return "fake";
            }
        };
    }

    /** Holds every analysis until released: a stand-in for a slow CoreNLP run. */
    private static final class GatedAnalyzer implements TextAnalyzer {
        final CountDownLatch release = new CountDownLatch(1);
        private final Semaphore started = new Semaphore(0);

        @Override
        public AnalyzedText analyze(String text) {
            started.release();
            try {
                if (!release.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the analyzer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return new AnalyzedText(text, List.of(), List.of());
        }

        void awaitStarted(int count) {
            try {
                assertThat(started.tryAcquire(count, 10, TimeUnit.SECONDS)).as("%d extractions running", count).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
