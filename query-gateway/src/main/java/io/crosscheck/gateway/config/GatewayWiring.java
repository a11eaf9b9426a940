package io.crosscheck.gateway.config;

import io.crosscheck.gateway.api.BackendFailures;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.crosscheck.gateway.domain.FanOutObserver;
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
 * Builds the fan-out with one bounded extraction pool shared by all requests. The pool carries the request's trace
 * context to its threads, so that the extraction and store calls it makes belong to the request's trace; its meters
 * are {@code crosscheck_claims_cache_{hits,misses}_total} and {@code crosscheck_fanout_extractions_pending}.
 */
@Singleton
public class GatewayWiring {
    private final ThreadPoolExecutor pool;
    private final ExecutorService extractionPool;

    public GatewayWiring(GatewayConfig config) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.extractionParallelism(), config.extractionParallelism(), 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "fan-out-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.extractionPool = Context.taskWrapping(pool);
    }

    @Produces
    @Singleton
    ClaimFanOut fanOut(GrpcClaimSources sources, MeterRegistry meters) {
        Counter hits = Counter.builder("crosscheck.claims.cache.hits")
                .description("Articles of /claims answers whose claims of the current extractor version were stored")
                .register(meters);
        Counter misses = Counter.builder("crosscheck.claims.cache.misses")
                .description("Articles of /claims answers that had to be extracted").register(meters);
        Gauge.builder("crosscheck.fanout.extractions.pending", pool, p -> p.getQueue().size() + p.getActiveCount())
                .description("Extractions the gateway has in flight or waiting for a slot of its pool").register(meters);
        FanOutObserver observer = (stored, toExtract) -> {
            hits.increment(stored);
            misses.increment(toExtract);
        };
        return new ClaimFanOut(sources, extractionPool, BackendFailures::describe, observer);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
