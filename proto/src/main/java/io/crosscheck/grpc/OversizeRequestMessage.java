package io.crosscheck.grpc;

import io.grpc.protobuf.StatusProto;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

import java.util.Base64;

/**
 * Gives the transport's RESOURCE_EXHAUSTED for a request over quarkus.grpc.server.max-inbound-message-size the
 * message and details every other error carries. Vert.x's gRPC server refuses such a message while reading it, before
 * any interceptor or service code runs, and answers with the bare code (trailers only, no grpc-message). Its HTTP
 * response is the router's, so a route ahead of gRPC's adds grpc-message and grpc-status-details-bin to those headers
 * just before they are written, when and only when the status is RESOURCE_EXHAUSTED without a message.
 * Each service installs it from its own bean observing the Router (the services share this code, not a CDI bean).
 */
public final class OversizeRequestMessage {
    private final String message;
    private final String details;

    private OversizeRequestMessage(int maxBytes) {
        this.message = "the request message is larger than the " + maxBytes + " bytes this server accepts "
                + "(quarkus.grpc.server.max-inbound-message-size): send less in one call";
        this.details = Base64.getEncoder().encodeToString(
                StatusProto.fromThrowable(GrpcErrors.resourceExhausted(message)).toByteArray());
    }

    /** Adds the route to the service's router; maxBytes is the service's configured limit, named in the message. */
    public static void install(Router router, int maxBytes) {
        OversizeRequestMessage describer = new OversizeRequestMessage(maxBytes);
        router.route().order(-1_000).handler(ctx -> {
            String type = ctx.request().getHeader("content-type");
            if (type != null && type.startsWith("application/grpc")) {
                MultiMap headers = ctx.response().headers();
                ctx.addHeadersEndHandler(v -> describer.describe(headers));
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
