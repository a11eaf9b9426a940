package io.crosscheck.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} is refused before a byte of it is read, as Quarkus
 * does, but as application/problem+json that says the limit, like every other refusal of the API (Quarkus's own
 * answer has no body). A body that announces no length (chunked) is read here, up to the limit, before any resource
 * runs: past the limit the answer is the same 413 problem and the connection closes (Quarkus's own cut-off answered
 * 413 with an empty body). A body read here is the one the resource gets.
 */
@ApplicationScoped
public class BodyLimit {
    /** Before Quarkus's own check (route order -2). */
    private static final int BEFORE_QUARKUS_LIMIT = -10;

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ObjectMapper json) {
        long max = limit.asLongValue();
        router.route("/api/*").order(BEFORE_QUARKUS_LIMIT).handler(ctx -> check(ctx, max, json));
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max);
        router.route("/api/*").order(BEFORE_QUARKUS_LIMIT + 1).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route("/api/*").order(BEFORE_QUARKUS_LIMIT).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                refuse(ctx, -1, max, json);
            } else {
                ctx.next();
            }
        });
    }

    private static void check(RoutingContext ctx, long max, ObjectMapper json) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            announced = -1;
        }
        if (announced <= max) {
            ctx.next();
            return;
        }
        refuse(ctx, announced, max, json);
    }

    private static void refuse(RoutingContext ctx, long announced, long max, ObjectMapper json) {
        Problem problem = new Problem("about:blank", "Payload too large", 413, tooLarge(announced, max),
                ctx.request().path(), "body");
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The rest of the body is not read: the connection closes after the answer.
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    static String tooLarge(long size, long max) {
        return "the request body " + (size >= 0 ? "has " + size + " bytes" : "is too large") + "; the limit is " + max
                + " bytes (" + (max >> 20) + " MiB): send fewer articles per request (one article's text may have up to "
                + "1,000,000 characters)";
    }
}
