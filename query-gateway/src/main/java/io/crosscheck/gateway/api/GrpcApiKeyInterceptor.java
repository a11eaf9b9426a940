package io.crosscheck.gateway.api;

import io.crosscheck.gateway.security.ApiKeys;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The REST API-key rule for every gRPC service the gateway serves (its QueryService): the key comes in the metadata
 * as {@code authorization: Bearer <key>} or {@code x-api-key: <key>}; without a valid one the call ends at once with
 * UNAUTHENTICATED. Health and reflection stay open, as /q/health and the OpenAPI document do over HTTP.
 */
@GlobalInterceptor
@ApplicationScoped
public class GrpcApiKeyInterceptor implements ServerInterceptor {
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    private static final Set<String> OPEN_SERVICES = Set.of("grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection");

    private final ApiKeys keys;

    public GrpcApiKeyInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())
                || keys.permits(headers.get(AUTHORIZATION), headers.get(API_KEY))) {
            return next.startCall(call, headers);
        }
        call.close(Status.UNAUTHENTICATED.withDescription(ApiKeys.REFUSAL), new Metadata());
        return new ServerCall.Listener<>() {
        };
    }
}
