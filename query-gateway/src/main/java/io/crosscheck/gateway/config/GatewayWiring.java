package io.crosscheck.gateway.config;

import io.crosscheck.gateway.api.BackendFailures;
import io.crosscheck.gateway.client.BackendException;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.compare.CompareSettings;
import io.crosscheck.gateway.compare.CoverageComparer;
import io.crosscheck.gateway.compare.CoverageService;
import io.crosscheck.gateway.compare.DigestCache;
import io.crosscheck.gateway.compare.LruCache;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.crosscheck.gateway.domain.FanOutObserver;
import io.grpc.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the fan-out with one bounded extraction pool shared by all requests, and the coverage comparison with its
 * digest cache and a bounded pool for reading article texts. Both pools carry the request's trace context to their
 * threads, so that the calls they make belong to the request's trace; the fan-out's meters are
 * {@code crosscheck_claims_cache_{hits,misses}_total} and {@code crosscheck_fanout_extractions_pending}.
 */
@Singleton
public class GatewayWiring {
    private final GatewayConfig config;
    private final ThreadPoolExecutor extractionThreads;
    private final ThreadPoolExecutor textThreads;

    public GatewayWiring(GatewayConfig config) {
        this.config = config;
        this.extractionThreads = pool(config.extractionParallelism(), "fan-out-");
        this.textThreads = pool(config.compareTextParallelism(), "article-text-");
    }

    private static ThreadPoolExecutor pool(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Produces
    @Singleton
    ClaimFanOut fanOut(GrpcClaimSources sources, MeterRegistry meters) {
        Counter hits = Counter.builder("crosscheck.claims.cache.hits")
                .description("Articles of /claims answers whose claims of the current extractor version were stored")
                .register(meters);
        Counter misses = Counter.builder("crosscheck.claims.cache.misses")
                .description("Articles of /claims answers that had to be extracted").register(meters);
        Gauge.builder("crosscheck.fanout.extractions.pending", extractionThreads,
                        p -> p.getQueue().size() + p.getActiveCount())
                .description("Extractions the gateway has in flight or waiting for a slot of its pool").register(meters);
        FanOutObserver observer = (stored, toExtract) -> {
            hits.increment(stored);
            misses.increment(toExtract);
        };
        return new ClaimFanOut(sources, Context.taskWrapping(extractionThreads), BackendFailures::describe,
                BackendFailures::cause, observer);
    }

    @Produces
    @Singleton
    CoverageService coverage(GrpcClaimSources sources, ClaimFanOut fanOut) {
        CompareSettings settings = CompareSettings.defaults().withWindow(config.compareWindow());
        ExecutorService textPool = Context.taskWrapping(textThreads);
        return new CoverageService(sources, fanOut, new DigestCache(config.compareDigestCache()),
                new LruCache<>(config.compareAnswerCache()), textPool,
                new CoverageComparer(settings), BackendFailures::describe, BackendFailures::cause,
                e -> e instanceof BackendException b && b.status().getCode() == Status.Code.NOT_FOUND);
    }

    @PreDestroy
    void stop() {
        extractionThreads.shutdownNow();
        textThreads.shutdownNow();
    }
}
