package io.crosscheck.extraction.api;

import io.crosscheck.extraction.config.ExtractionConfig;
import io.crosscheck.extraction.domain.ExtractionResult;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.grpc.GrpcErrors;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs extractions on a fixed pool, one per core by default (CoreNLP is CPU-bound: more threads only
 * add contention), with a bounded queue in front. A request that finds the queue full is refused at
 * once with RESOURCE_EXHAUSTED, so that callers back off or go to another replica instead of piling
 * up behind work that will miss their deadline.
 */
@Singleton
public class ExtractionScheduler {
    private final NewsExtractor extractor;
    private final ThreadPoolExecutor pool;
    private final int concurrency;
    private final int queueCapacity;

    public ExtractionScheduler(NewsExtractor extractor, ExtractionConfig config) {
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
    }

    /** Validates at once (so bad input never waits in the queue), then extracts on the pool. */
    public CompletableFuture<ExtractionResult> submit(String text, LocalDate published, String language) {
        extractor.validate(text, language);
        try {
            return CompletableFuture.supplyAsync(() -> extractor.extract(text, published, language), pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(GrpcErrors.resourceExhausted("extraction queue is full ("
                    + concurrency + " running, " + queueCapacity + " waiting); retry with backoff or another replica"));
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
