package io.crosscheck.article.api;

import io.crosscheck.article.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while MongoDB answers a ping. */
@Readiness
@ApplicationScoped
public class MongoReadiness implements HealthCheck {
    private final MongoStore store;

    public MongoReadiness(MongoStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            store.database().runCommand(new Document("ping", 1));
            return HealthCheckResponse.named("mongodb").up().withData("embedded", store.isEmbedded()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("mongodb").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
