package io.crosscheck.gateway.client;

import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Asks each backend's standard gRPC health service ({@code grpc.health.v1.Health/Check}, served by every Quarkus gRPC
 * server) whether it serves, over the same channel the gateway's calls use, with a short deadline, and records the
 * answer in {@link BackendHealth}. Cheap: no store or model is touched.
 */
@ApplicationScoped
public class BackendProbe {

    @GrpcClient("articles")
    Channel articles;

    @GrpcClient("extraction")
    Channel extraction;

    private final BackendHealth health;

    public BackendProbe(BackendHealth health) {
        this.health = health;
    }

    /** Probes both backends one after the other, each within the deadline. */
    public void probeAll(Duration deadline) {
        probe(Backend.ARTICLE_STORE, articles, deadline);
        probe(Backend.EXTRACTION, extraction, deadline);
    }

    private void probe(Backend backend, Channel channel, Duration deadline) {
        StatusRuntimeException failure = null;
        try {
            ServingStatus status = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .check(HealthCheckRequest.getDefaultInstance()).getStatus();
            if (status != ServingStatus.SERVING) {
                failure = Status.UNAVAILABLE.withDescription("its gRPC health service answers " + status).asRuntimeException();
            }
        } catch (StatusRuntimeException e) {
            failure = e;
        }
        health.probed(backend, channel.authority(), failure);
    }
}
