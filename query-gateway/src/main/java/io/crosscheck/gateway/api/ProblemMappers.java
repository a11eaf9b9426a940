package io.crosscheck.gateway.api;

import io.crosscheck.grpc.GrpcErrors;
import io.grpc.StatusRuntimeException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves the gateway as application/problem+json with a status that says whose fault it is. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.field());
    }

    @ServerExceptionMapper
    public Response backend(StatusRuntimeException e, UriInfo uri) {
        String detail = e.getStatus().getDescription() != null ? e.getStatus().getDescription() : e.getStatus().getCode().name();
        return switch (e.getStatus().getCode()) {
            case INVALID_ARGUMENT -> invalid(detail, GrpcErrors.violatedField(e), uri);
            case NOT_FOUND -> respond(404, "Not found", detail, uri, null);
            case ALREADY_EXISTS -> respond(409, "Already exists", detail, uri, null);
            case RESOURCE_EXHAUSTED -> respond(429, "Too many requests", detail, uri, null);
            case UNAVAILABLE -> respond(503, "Backend unavailable", BackendFailures.describe(e), uri, null);
            case DEADLINE_EXCEEDED -> respond(504, "Backend too slow", BackendFailures.describe(e), uri, null);
            default -> {
                LOG.warn("Backend failed", e);
                yield respond(502, "Backend failed", BackendFailures.describe(e), uri, null);
            }
        };
    }

    /** Backend field paths ("page_token", "article.url") become the REST names the client sent ("pageToken", "url"). */
    private static Response invalid(String detail, String grpcField, UriInfo uri) {
        String field = grpcField.replaceFirst("^(requests\\[\\d+]\\.)?article\\.", "");
        String restField = REST_NAMES.getOrDefault(field, field);
        String message = detail.startsWith(grpcField + ": ") ? detail.substring(grpcField.length() + 2) : detail;
        for (var name : REST_NAMES.entrySet()) {
            message = message.replace(name.getKey(), name.getValue());
        }
        return respond(400, "Invalid request", message, uri, restField);
    }

    private static final java.util.Map<String, String> REST_NAMES = java.util.Map.of(
            "page_token", "pageToken", "page_size", "pageSize", "published_after", "from", "published_before", "to",
            "original_text", "text", "query", "q");

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Request refused";
        return respond(status, title, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(500, "Internal error", "unexpected error in query-gateway; the server log has the details", uri, null);
    }

    static Response respond(int status, String title, String detail, UriInfo uri, String field) {
        Problem problem = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(),
                field == null || field.isEmpty() ? null : field);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
