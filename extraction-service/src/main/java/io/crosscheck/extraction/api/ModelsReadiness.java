package io.crosscheck.extraction.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the models are loaded (the scheduler exists only after they are) and the queue has room. */
@Readiness
@ApplicationScoped
public class ModelsReadiness implements HealthCheck {
    private final ExtractionScheduler scheduler;

    public ModelsReadiness(ExtractionScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("extraction").status(scheduler.queueDepth() < scheduler.queueCapacity())
                .withData("extractorVersion", scheduler.extractor().version())
                .withData("queueDepth", scheduler.queueDepth()).build();
    }
}
