package io.crosscheck.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.extraction.v1.ExtractClaimsRequest;
import io.crosscheck.extraction.v1.ExtractClaimsResponse;
import io.crosscheck.gateway.client.GrpcClaimSources;
import io.crosscheck.gateway.client.Timestamps;
import io.crosscheck.gateway.config.GatewayConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Try the extractor: text in, claims out, nothing stored. */
@Path("/api/v1/extract")
@Tag(name = "extract")
public class ExtractResource {
    private static final Set<String> FIELDS = Set.of("text", "published", "title", "language");

    private final GrpcClaimSources backends;
    private final InputJson json;

    public ExtractResource(GrpcClaimSources backends, ObjectMapper json, GatewayConfig config) {
        this.backends = backends;
        this.json = new InputJson(json, config.input());
    }

    /** quantities: every quantity of the text in text order, in a claim or not (a claim repeats its own). */
    public record Answer(List<ClaimJson.ClaimView> claims, List<ClaimJson.EntityView> entities,
            List<ClaimJson.QuantityView> quantities, String extractorVersion, int tokenCount, int sentenceCount) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims from a text", description = "{text, published?, title?, language?} -> claims with "
            + "spans into text, entities, and every quantity of the text with its figure frame. Relative dates resolve "
            + "against published (ISO-8601; default: now).")
    public Answer extract(byte[] body, @HeaderParam("Content-Type") String contentType) {
        ExtractClaimsRequest request = request(json, body, contentType);
        return answer(backends.extraction(x -> x.extractClaims(request)));
    }

    /** A posted body as the request extraction gets; refused (ProblemException naming the field) when it cannot be one. */
    static ExtractClaimsRequest request(InputJson json, byte[] body, String contentType) {
        JsonNode node = parse(json, RequestBody.text(body, contentType));
        ExtractClaimsRequest.Builder request = ExtractClaimsRequest.newBuilder().setText(text(node, "text", true))
                .setTitle(text(node, "title", false)).setLanguage(text(node, "language", false));
        Instant published = RequestParams.instant(text(node, "published", false), "published");
        if (published != null) {
            request.setPublishedTime(Timestamps.of(published));
        }
        return request.build();
    }

    static Answer answer(ExtractClaimsResponse response) {
        var set = response.getClaimSet();
        return new Answer(set.getClaimsList().stream().map(c -> ClaimJson.claim(c, null, null)).toList(),
                set.getEntitiesList().stream().map(ClaimJson::entity).toList(),
                set.getQuantitiesList().stream().map(ClaimJson::quantity).toList(), set.getExtractorVersion(),
                response.getTokenCount(), response.getSentenceCount());
    }

    private static JsonNode parse(InputJson json, String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("body", "the body is empty: send {\"text\": \"...\", \"published\": \"2025-11-25\"}");
        }
        JsonNode node;
        try {
            node = json.one(body);
        } catch (JsonValues.MoreThanOneValue e) {
            throw ProblemException.badRequest("body", "the body holds more than one JSON value (the second starts at "
                    + e.where() + "): send one object {\"text\": ..., \"published\": ...} per request");
        } catch (JsonProcessingException e) {
            InputJson.Failure failure = json.describe(e, "", "body", "the body");
            throw ProblemException.badRequest(failure.field(), failure.detail());
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("body", "expected a JSON object {\"text\": ..., \"published\": ...}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest(name, "unknown field '" + name + "'; known fields: language, published, text, title");
            }
        }
        return node;
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ProblemException.badRequest(field, "'" + field + "' is required");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(field, "'" + field + "' must be a string, got " + value.getNodeType().name().toLowerCase());
        }
        if (required && value.asText().isBlank()) {
            throw ProblemException.badRequest(field, "'" + field + "' must not be blank");
        }
        return value.asText();
    }
}
