package io.crosscheck.gateway.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The query string of every REST request, checked before any resource reads it: a parameter that takes one value given
 * twice ("from=…&from=…") is refused rather than one of them silently winning, and percent-encoded bytes that are not
 * UTF-8 are refused rather than replaced. Only outlet, ids and kind are lists (repeat them or separate values by commas).
 */
public class QueryParameters {
    /** The parameters that take several values. */
    static final Set<String> REPEATABLE = Set.of("outlet", "ids", "kind");

    /** Why a query string is refused: the parameter at fault ("" when its name is) and what is wrong. */
    record Refusal(String field, String detail) {
    }

    /** After the API key check (its priority is the default, USER). */
    @ServerRequestFilter(priority = Priorities.USER + 10)
    public Response check(ContainerRequestContext request) {
        Refusal refusal = refusal(request.getUriInfo().getRequestUri().getRawQuery());
        return refusal == null ? null
                : ProblemMappers.respond(400, "Invalid request", refusal.detail(), request.getUriInfo(), refusal.field());
    }

    /** What is wrong with a raw (still percent-encoded) query string, or null when nothing is. */
    static Refusal refusal(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName);
            if (name == null) {
                return new Refusal("", "the name of the query parameter '" + RequestParams.abbreviate(rawName)
                        + "' is not percent-encoded UTF-8");
            }
            if (eq >= 0 && decode(pair.substring(eq + 1)) == null) {
                return new Refusal(name, "the query parameter " + name + " is not percent-encoded UTF-8 (got '"
                        + RequestParams.abbreviate(pair.substring(eq + 1)) + "')");
            }
            if (!seen.add(name) && !REPEATABLE.contains(name)) {
                return new Refusal(name, "the query parameter " + name + " is given more than once; it takes one "
                        + "value (only " + String.join(" and ", REPEATABLE.stream().sorted().toList()) + " may be repeated)");
            }
        }
        return null;
    }

    /** The decoded text, or null when the percent-encoded bytes are not UTF-8 (or a '%' is not followed by two hex digits). */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
