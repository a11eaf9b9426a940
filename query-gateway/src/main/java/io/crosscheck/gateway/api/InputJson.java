package io.crosscheck.gateway.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.gateway.config.GatewayConfig;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON reader of request bodies, with the limits of {@code crosscheck.gateway.input.*}: nesting depth, string,
 * number and field-name lengths, and a key given twice in one object refused (Jackson would keep the last one
 * silently). Its refusals say which limit or which key, and where.
 */
final class InputJson {
    /** Why a text could not be read, in the client's terms. */
    record Failure(String field, String detail) {
    }

    /** Jackson's words for a key given twice (2.x: "Duplicate field 'url'"). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) ['\"](.*)['\"]$");

    private final ObjectMapper mapper;
    private final GatewayConfig.InputLimits limits;

    InputJson(ObjectMapper base, GatewayConfig.InputLimits limits) {
        this.limits = limits;
        this.mapper = base.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxJsonStringChars())
                .maxNumberLength(limits.maxJsonNumberChars())
                .maxNameLength(limits.maxJsonNameChars())
                .build());
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Exactly one JSON value (see {@link JsonValues#one}). */
    JsonNode one(String text) throws JsonProcessingException {
        return JsonValues.one(mapper, text);
    }

    /**
     * What went wrong reading a text: a parser limit (named with its number), a key given twice (named, with its path as
     * the field: "[2].url"), or invalid JSON with where it broke. fieldPrefix goes before a duplicate key's path ("line
     * 3: "); whole is the field of the rest ("body", or the NDJSON line), subject what the detail calls it ("the body").
     */
    Failure describe(JsonProcessingException e, String fieldPrefix, String whole, String subject) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new Failure(whole, subject + " " + limit(message));
        }
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            String path = e.getProcessor() instanceof JsonParser parser
                    ? path(parser.getParsingContext().pathAsPointer().toString()) : "";
            return new Failure(fieldPrefix + (path.isEmpty() ? key : path), "the key '" + key + "' appears twice in one "
                    + "object" + where(e) + ": send each field once");
        }
        return new Failure(whole, subject + " is not valid JSON: " + message + where(e));
    }

    private String limit(String message) {
        if (message.contains("getMaxNestingDepth")) {
            return "nests JSON arrays and objects deeper than the limit of " + limits.maxJsonDepth() + " levels";
        }
        if (message.contains("getMaxStringLength")) {
            return "holds a JSON string longer than the limit of " + limits.maxJsonStringChars() + " characters";
        }
        if (message.contains("getMaxNumberLength")) {
            return "holds a JSON number longer than the limit of " + limits.maxJsonNumberChars() + " characters";
        }
        if (message.contains("getMaxNameLength")) {
            return "holds a JSON field name longer than the limit of " + limits.maxJsonNameChars() + " characters";
        }
        return "exceeds a JSON parser limit: " + message;
    }

    /** A JSON pointer ("/2/url") as the API names fields ("[2].url"). */
    private static String path(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            String name = step.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** " (line 1, column 7)", or nothing when the parser gave no location (its limit errors give none). */
    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
