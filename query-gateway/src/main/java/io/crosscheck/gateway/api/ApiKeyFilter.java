package io.crosscheck.gateway.api;

import io.crosscheck.gateway.security.ApiKeys;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every REST resource of the gateway (everything under /api) needs a configured API key, when any is configured.
 * What is not a REST resource stays open: the web pages and their scripts (they ask for a key when the API refuses
 * them), health (/q/health, for probes), metrics (/q/metrics, for the scraper) and the OpenAPI document and UI. A
 * refusal is 401 problem+json that says how to send a key and nothing about what was wrong with the one sent.
 */
public class ApiKeyFilter {
    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        if (keys.permits(request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString(ApiKeys.API_KEY_HEADER))) {
            return null;
        }
        Response problem = ProblemMappers.respond(401, "Unauthorized", ApiKeys.REFUSAL, request.getUriInfo(), null);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crosscheck\"").build();
    }
}
