package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Points both of the gateway's gRPC clients at ports nobody listens on, and starts nothing: every backend is down. */
public class NoBackends implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        String articles = String.valueOf(closedPort());
        String extraction = String.valueOf(closedPort());
        return Map.of("quarkus.grpc.clients.articles.port", articles, "quarkus.grpc.clients.articles.test-port", articles,
                "quarkus.grpc.clients.extraction.port", extraction, "quarkus.grpc.clients.extraction.test-port", extraction);
    }

    @Override
    public void stop() {
        // nothing started
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
