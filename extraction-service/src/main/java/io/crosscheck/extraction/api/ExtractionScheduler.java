package io.crosscheck.extraction.api;

import io.crosscheck.extraction.config.ExtractionConfig;
import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.grpc.GrpcErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs extractions on a fixed pool, one per core by default (CoreNLP is CPU-bound: more threads only
 * add contention), with a bounded queue in front. A request that finds the queue full is refused at
 * once with RESOURCE_EXHAUSTED, so that callers back off or go to another replica instead of piling
 * up behind work that will miss their deadline.
 *
 * <p>Meters: {@code crosscheck_extraction_duration_seconds} (one extraction on the pool, queue wait excluded, by
 * outcome), {@code crosscheck_extraction_queue_depth} / {@code _queue_capacity} / {@code _running}, and
 * {@code crosscheck_extraction_rejected_total} (refused with RESOURCE_EXHAUSTED).
 */
@Singleton
public class ExtractionScheduler {
    /** Histogram buckets from a short news item to the longest text the gateway's deadline allows. */
    private static final Duration[] DURATION_BUCKETS = Stream.of(100, 250, 500, 1000, 2500, 5000, 10_000, 30_000, 60_000, 120_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final NewsExtractor extractor;
    private final ThreadPoolExecutor pool;
    private final int concurrency;
    private final int queueCapacity;
    private final Timer succeeded;
    private final Timer failed;
    private final Counter rejected;

    /** Without metrics (tests that build the scheduler by hand). */
    public ExtractionScheduler(NewsExtractor extractor, ExtractionConfig config) {
        this(extractor, config, new SimpleMeterRegistry());
    }

    @Inject
    public ExtractionScheduler(NewsExtractor extractor, ExtractionConfig config, MeterRegistry meters) {
        this.extractor = extractor;
        this.concurrency = config.concurrency() > 0 ? config.concurrency() : Runtime.getRuntime().availableProcessors();
        this.queueCapacity = config.queueCapacity();
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueCapacity)), r -> {
                    Thread t = new Thread(r, "extraction-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.succeeded = extractionTimer(meters, "ok");
        this.failed = extractionTimer(meters, "failed");
        this.rejected = Counter.builder("crosscheck.extraction.rejected")
                .description("Extractions refused with RESOURCE_EXHAUSTED because the queue was full").register(meters);
        Gauge.builder("crosscheck.extraction.queue.depth", pool, p -> p.getQueue().size())
                .description("Extractions waiting for a free slot").register(meters);
        Gauge.builder("crosscheck.extraction.queue.capacity", () -> queueCapacity)
                .description("Extractions that may wait before callers get RESOURCE_EXHAUSTED").register(meters);
        Gauge.builder("crosscheck.extraction.running", pool, ThreadPoolExecutor::getActiveCount)
                .description("Extractions running now").register(meters);
    }

    private static Timer extractionTimer(MeterRegistry meters, String outcome) {
        return Timer.builder("crosscheck.extraction.duration")
                .description("Time of one article's extraction on the pool (CoreNLP and the news rules), queue wait excluded")
                .tag("outcome", outcome).serviceLevelObjectives(DURATION_BUCKETS).register(meters);
    }

    /** Validates at once (so bad input never waits in the queue), then extracts on the pool. */
    public CompletableFuture<ExtractionResult> submit(String text, LocalDate published, String language) {
        extractor.validate(text, language);
        try {
            return CompletableFuture.supplyAsync(() -> timed(text, published, language), pool);
        } catch (RejectedExecutionException e) {
            rejected.increment();
            return CompletableFuture.failedFuture(GrpcErrors.resourceExhausted("extraction queue is full ("
                    + concurrency + " running, " + queueCapacity + " waiting); retry with backoff or another replica"));
        }
    }

    private ExtractionResult timed(String text, LocalDate published, String language) {
        long started = System.nanoTime();
        boolean ok = false;
        try {
            ExtractionResult result = extractor.extract(text, published, language);
            ok = true;
            return result;
        } finally {
            (ok ? succeeded : failed).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    public int concurrency() {
        return concurrency;
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    /** Extractions waiting for a free slot. */
    public int queueDepth() {
        return pool.getQueue().size();
    }

    public NewsExtractor extractor() {
        return extractor;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
