package io.crosscheck.extraction.api;

import io.crosscheck.grpc.GrpcErrors;
import io.grpc.protobuf.StatusProto;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Base64;

/**
 * Gives the transport's RESOURCE_EXHAUSTED for a request over quarkus.grpc.server.max-inbound-message-size the
 * message and details every other error carries. Vert.x's gRPC server refuses such a message while reading it, before
 * any interceptor or service code runs, and answers with the bare code (trailers only, no grpc-message). Its HTTP
 * response is the router's, so a route ahead of gRPC's adds grpc-message and grpc-status-details-bin to those headers
 * just before they are written, when and only when the status is RESOURCE_EXHAUSTED without a message.
 */
@ApplicationScoped
public class OversizeRequestMessage {
    private final String message;
    private final String details;

    public OversizeRequestMessage(
            @ConfigProperty(name = "quarkus.grpc.server.max-inbound-message-size", defaultValue = "4194304") int maxBytes) {
        this.message = "the request message is larger than the " + maxBytes + " bytes this server accepts "
                + "(quarkus.grpc.server.max-inbound-message-size): send less in one call";
        this.details = Base64.getEncoder().encodeToString(
                StatusProto.fromThrowable(GrpcErrors.resourceExhausted(message)).toByteArray());
    }

    void install(@Observes Router router) {
        router.route().order(-1_000).handler(ctx -> {
            String type = ctx.request().getHeader("content-type");
            if (type != null && type.startsWith("application/grpc")) {
                MultiMap headers = ctx.response().headers();
                ctx.addHeadersEndHandler(v -> describe(headers));
            }
            ctx.next();
        });
    }

    private void describe(MultiMap headers) {
        if ("8".equals(headers.get("grpc-status")) && headers.get("grpc-message") == null) {
            headers.set("grpc-message", message);
            headers.set("grpc-status-details-bin", details);
        }
    }
}
