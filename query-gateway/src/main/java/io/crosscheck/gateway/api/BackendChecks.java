package io.crosscheck.gateway.api;

import io.crosscheck.gateway.client.Backend;
import io.crosscheck.gateway.client.BackendHealth;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Each backend as a health check of its own, named by its id ("articles", "extraction"), with its state in the data:
 * {@code backend} up, down or unknown (not probed yet), since when, seen by what (the health probe or a call), its
 * address, the failure and what the gateway answers meanwhile.
 *
 * <p><b>In readiness, a backend that is down does not make the gateway NOT ready</b>: those checks are UP and say the
 * backend's state in their data. Kubernetes sends no traffic to a pod that is not ready; every gateway pod shares the
 * same backends, so an outage of one would take every gateway pod out of its Service at once. With extraction down the
 * gateway still serves every stored claim set and says exactly which articles are missing; with article-service down it
 * answers 503 problem+json naming the store, and still serves its pages and {@code /extract}. Out of the Service, clients
 * would get refused connections instead of those answers, and the outage would be hidden behind "no endpoints". A pod's
 * readiness says whether this pod can answer, which it can.
 *
 * <p>The same checks with the backend's true status (DOWN while it is down) form the health group {@code backends}
 * ({@code /q/health/group/backends}: 503 while any backend is down), for people and monitors; alert on it or on
 * {@code crosscheck_backend_up}, not on readiness.
 */
@ApplicationScoped
public class BackendChecks {
    private final BackendHealth health;

    public BackendChecks(BackendHealth health) {
        this.health = health;
    }

    @Produces
    @Readiness
    HealthCheck articlesReadiness() {
        return () -> check(Backend.ARTICLE_STORE, false);
    }

    @Produces
    @Readiness
    HealthCheck extractionReadiness() {
        return () -> check(Backend.EXTRACTION, false);
    }

    @Produces
    @HealthGroup("backends")
    HealthCheck articles() {
        return () -> check(Backend.ARTICLE_STORE, true);
    }

    @Produces
    @HealthGroup("backends")
    HealthCheck extraction() {
        return () -> check(Backend.EXTRACTION, true);
    }

    private HealthCheckResponse check(Backend backend, boolean truthfulStatus) {
        BackendHealth.State s = health.state(backend);
        String state = !s.known() ? "unknown" : s.up() ? "up" : "down";
        HealthCheckResponseBuilder r = HealthCheckResponse.named(backend.id())
                .status(!truthfulStatus || s.up())
                .withData("backend", state)
                .withData("since", s.since().toString())
                .withData("seenBy", s.seenBy());
        if (!s.address().isEmpty()) {
            r.withData("address", s.address());
        }
        if (s.failure() != null) {
            r.withData("error", BackendFailures.describe(s.failure()));
        }
        if (s.known() && !s.up()) {
            r.withData("meanwhile", backend == Backend.EXTRACTION
                    ? "stored claims are served (the newest stored set while the current extractor version is unknown); "
                            + "articles without stored claims are listed as missing"
                    : "answers that need the store are 503; the pages and /extract still work");
        }
        return r.build();
    }
}
