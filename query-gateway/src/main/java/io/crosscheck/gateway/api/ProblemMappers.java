package io.crosscheck.gateway.api;

import io.crosscheck.gateway.client.BackendException;
import io.crosscheck.gateway.compare.UnknownArticlesException;
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
    public Response unknownArticles(UnknownArticlesException e, UriInfo uri) {
        return respond(404, "Not found", e.getMessage(), uri, "ids");
    }

    @ServerExceptionMapper
    public Response backend(BackendException e, UriInfo uri) {
        return backendStatus(e.grpcFailure(), BackendFailures.describe(e), uri);
    }

    /** A gRPC failure that did not come through the client layer, so its backend is not known. */
    @ServerExceptionMapper
    public Response grpc(StatusRuntimeException e, UriInfo uri) {
        return backendStatus(e, BackendFailures.describe(e), uri);
    }

    /** A backend's refusal is the client's to fix (4xx); its failure is not (5xx), and the detail says which backend. */
    private static Response backendStatus(StatusRuntimeException e, String failure, UriInfo uri) {
        String detail = e.getStatus().getDescription() != null ? e.getStatus().getDescription() : e.getStatus().getCode().name();
        return switch (e.getStatus().getCode()) {
            case INVALID_ARGUMENT -> invalid(detail, GrpcErrors.violatedField(e), uri);
            case NOT_FOUND -> respond(404, "Not found", detail, uri, null);
            case ALREADY_EXISTS -> respond(409, "Already exists", detail, uri, null);
            case RESOURCE_EXHAUSTED -> respond(429, "Too many requests", failure, uri, null);
            case UNAVAILABLE -> respond(503, "Backend unavailable", failure, uri, null);
            case DEADLINE_EXCEEDED -> respond(504, "Backend too slow", failure, uri, null);
            default -> {
                LOG.warn("Backend failed", e);
                yield respond(502, "Backend failed", failure, uri, null);
            }
        };
    }

    /** A backend's field path and description in the names the client sent ("page_token" is "pageToken"). */
    private static Response invalid(String detail, String grpcField, UriInfo uri) {
        return respond(400, "Invalid request", RestFieldNames.detail(grpcField, detail), uri, RestFieldNames.field(grpcField));
    }

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
