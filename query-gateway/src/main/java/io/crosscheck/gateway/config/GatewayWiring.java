package io.crosscheck.gateway.config;

import io.crosscheck.gateway.api.BackendFailures;
import io.crosscheck.gateway.client.BackendException;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.compare.CompareSettings;
import io.crosscheck.gateway.compare.CoverageComparer;
import io.crosscheck.gateway.compare.CoverageService;
import io.crosscheck.gateway.compare.DigestCache;
import io.crosscheck.gateway.domain.ClaimFanOut;
import io.grpc.Status;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the fan-out with one bounded extraction pool shared by all requests, and the coverage comparison with its
 * digest cache and a bounded pool for reading article texts.
 */
@Singleton
public class GatewayWiring {
    private final ExecutorService extractionPool;
    private final ExecutorService textPool;
    private final GatewayConfig config;

    public GatewayWiring(GatewayConfig config) {
        this.config = config;
        this.extractionPool = pool(config.extractionParallelism(), "fan-out-");
        this.textPool = pool(config.compareTextParallelism(), "article-text-");
    }

    private static ExecutorService pool(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Produces
    @Singleton
    ClaimFanOut fanOut(GrpcClaimSources sources) {
        return new ClaimFanOut(sources, extractionPool, BackendFailures::describe);
    }

    @Produces
    @Singleton
    CoverageService coverage(GrpcClaimSources sources, ClaimFanOut fanOut) {
        CompareSettings settings = CompareSettings.defaults().withWindow(config.compareWindow());
        return new CoverageService(sources, fanOut, new DigestCache(config.compareDigestCache()), textPool,
                new CoverageComparer(settings), BackendFailures::describe,
                e -> e instanceof BackendException b && b.status().getCode() == Status.Code.NOT_FOUND);
    }

    @PreDestroy
    void stop() {
        extractionPool.shutdownNow();
        textPool.shutdownNow();
    }
}
