package io.crosscheck.article.api;

import io.crosscheck.grpc.OversizeRequestMessage;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Installs the shared {@link OversizeRequestMessage} route: an oversized gRPC request is told the limit it broke. */
@ApplicationScoped
public class OversizeRequestRoute {
    void install(@Observes Router router,
            @ConfigProperty(name = "quarkus.grpc.server.max-inbound-message-size", defaultValue = "4194304") int maxBytes) {
        OversizeRequestMessage.install(router, maxBytes);
    }
}
