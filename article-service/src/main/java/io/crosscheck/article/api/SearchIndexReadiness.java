package io.crosscheck.article.api;

import io.crosscheck.article.store.SearchIndexLoad;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the embedded store's search index holds every stored article (read at start; see SearchIndexLoad).
 * On a real MongoDB there is no such index and this check is always up.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {
    private final SearchIndexLoad load;

    public SearchIndexReadiness(SearchIndexLoad load) {
        this.load = load;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("search-index").status(load.ready())
                .withData("own-index", load.needed())
                .withData("articles-read", load.articlesRead()).build();
    }
}
