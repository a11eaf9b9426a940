package io.crosscheck.gateway.config;

import io.crosscheck.gateway.api.BackendFailures;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.domain.ClaimFanOut;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the fan-out with one bounded extraction pool shared by all requests. */
@Singleton
public class GatewayWiring {
    private final ExecutorService extractionPool;

    public GatewayWiring(GatewayConfig config) {
        AtomicInteger n = new AtomicInteger();
        this.extractionPool = Executors.newFixedThreadPool(config.extractionParallelism(), r -> {
            Thread t = new Thread(r, "fan-out-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Produces
    @Singleton
    ClaimFanOut fanOut(GrpcClaimSources sources) {
        return new ClaimFanOut(sources, extractionPool, BackendFailures::describe);
    }

    @PreDestroy
    void stop() {
        extractionPool.shutdownNow();
    }
}
