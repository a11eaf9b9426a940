package io.crosscheck.gateway.config;

import io.crosscheck.gateway.client.Backend;
import io.crosscheck.gateway.client.BackendHealth;
import io.crosscheck.gateway.client.BackendProbe;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the backends from the start: probes both every {@code crosscheck.gateway.backend-probe-interval} (first at
 * once), and exposes {@code crosscheck_backend_up{backend="articles"|"extraction"}}, 1 while the backend was last seen
 * serving (by the probe or a real call), 0 while down or not seen yet.
 */
@Singleton
public class BackendMonitoring {
    private static final Logger LOG = Logger.getLogger(BackendMonitoring.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "backend-probe");
        t.setDaemon(true);
        return t;
    });

    void start(@Observes StartupEvent started, BackendProbe probe, BackendHealth health, MeterRegistry meters,
            GatewayConfig config) {
        for (Backend b : Backend.values()) {
            Gauge.builder("crosscheck.backend.up", health, h -> h.state(b).up() ? 1 : 0).tag("backend", b.id())
                    .description("1 while the backend was last seen serving (health probe or a real call), else 0")
                    .register(meters);
        }
        health.callFailureWeight(config.backendProbeInterval());
        long every = config.backendProbeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                probe.probeAll(config.backendProbeDeadline());
            } catch (RuntimeException e) {
                LOG.warn("Backend probe failed", e);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
