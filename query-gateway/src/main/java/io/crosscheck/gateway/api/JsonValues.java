package io.crosscheck.gateway.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads exactly one JSON value from a text: whatever follows the first value is refused, never silently dropped. */
final class JsonValues {
    private JsonValues() {
    }

    /** The text held a second value (or more) after the first; the location is where the second one starts. */
    static final class MoreThanOneValue extends JsonParseException {
        MoreThanOneValue(JsonParser parser, JsonLocation second) {
            super(parser, "more than one JSON value", second);
        }

        String where() {
            return "line " + getLocation().getLineNr() + ", column " + getLocation().getColumnNr();
        }
    }

    /**
     * The one JSON value the text holds, or a missing node for a text of only whitespace.
     *
     * @throws MoreThanOneValue when another value follows the first
     * @throws JsonProcessingException when the text is not valid JSON
     */
    static JsonNode one(ObjectMapper json, String text) throws JsonProcessingException {
        try (JsonParser parser = json.createParser(text)) {
            JsonNode value = json.readTree(parser);
            if (value == null) {
                return MissingNode.getInstance();
            }
            if (parser.nextToken() != null) {
                throw new MoreThanOneValue(parser, parser.currentTokenLocation());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // A String source has no I/O to fail.
            throw new UncheckedIOException(e);
        }
    }
}
