package io.crosscheck.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.crosscheck.article.v1.Article;
import io.crosscheck.gateway.config.GatewayConfig;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads articles from what clients post: one JSON object, a JSON array, NDJSON (one object a line),
 * or a plain text file with an optional front-matter header. Each item either becomes an Article or a
 * rejection naming the item and the field, so one bad item never hides the good ones.
 */
final class ArticleInput {
    static final Set<String> FIELDS = Set.of("url", "outlet", "title", "byline", "published", "language", "text");

    /** One posted item: an article, or why it was rejected. */
    record Item(int index, Article article, String field, String error) {
        boolean rejected() {
            return error != null;
        }
    }

    private final InputJson json;
    private final int maxShortFieldChars;

    ArticleInput(ObjectMapper json, GatewayConfig.InputLimits limits) {
        this.json = new InputJson(json, limits);
        this.maxShortFieldChars = limits.maxShortFieldChars();
    }

    /**
     * A posted body as the articles it holds, read by its Content-Type: NDJSON, a text file (params fill what its front
     * matter leaves out; single), else a JSON object (single) or array. Refused whole (ProblemException) when the body
     * is empty, not valid in its charset, or not JSON where JSON is expected.
     */
    List<Item> read(byte[] bytes, String contentType, Map<String, String> params, boolean[] single) {
        String body = RequestBody.text(bytes, contentType);
        if (body.isBlank()) {
            throw ProblemException.badRequest("body", "the body is empty: send an article object, an array of them, NDJSON or text");
        }
        String type = contentType == null ? MediaType.APPLICATION_JSON : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(ArticlesResource.NDJSON)) {
            return fromNdjson(body);
        }
        if (type.startsWith(MediaType.TEXT_PLAIN)) {
            single[0] = true;
            return List.of(fromPlainText(body, params));
        }
        return fromJson(body, single);
    }

    /** A JSON object (single = true) or array. */
    List<Item> fromJson(String body, boolean[] single) {
        JsonNode root;
        try {
            root = json.one(body);
        } catch (JsonValues.MoreThanOneValue e) {
            throw ProblemException.badRequest("body", "the body holds more than one JSON value (the second starts at "
                    + e.where() + "): send one article as a JSON object or many as one JSON array, or send NDJSON (one "
                    + "article a line) with Content-Type " + ArticlesResource.NDJSON);
        } catch (JsonProcessingException e) {
            InputJson.Failure failure = json.describe(e, "", "body", "the body");
            throw ProblemException.badRequest(failure.field(), failure.detail());
        }
        if (root == null || root.isMissingNode()) {
            throw ProblemException.badRequest("body", "the body is empty: send an article object, an array of them, or NDJSON");
        }
        List<Item> items = new ArrayList<>();
        if (root.isObject()) {
            single[0] = true;
            items.add(item(0, root, ""));
        } else if (root.isArray()) {
            if (root.isEmpty()) {
                throw ProblemException.badRequest("body", "the array holds no article");
            }
            for (int i = 0; i < root.size(); i++) {
                items.add(item(i, root.get(i), "[" + i + "]."));
            }
        } else {
            throw ProblemException.badRequest("body", "expected a JSON object or array of articles, got " + root.getNodeType().name().toLowerCase());
        }
        return items;
    }

    List<Item> fromNdjson(String body) {
        List<Item> items = new ArrayList<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String prefix = "line " + (i + 1) + ": ";
            try {
                JsonNode node = json.one(line);
                items.add(item(items.size(), node, prefix));
            } catch (JsonValues.MoreThanOneValue e) {
                items.add(new Item(items.size(), null, prefix.strip(), prefix + "more than one JSON value on the line (the "
                        + "second starts at column " + e.getLocation().getColumnNr() + "): NDJSON holds one article a line"));
            } catch (JsonProcessingException e) {
                InputJson.Failure failure = json.describe(e, prefix, prefix.strip(), "the line");
                items.add(new Item(items.size(), null, failure.field(), prefix + failure.detail()));
            }
        }
        if (items.isEmpty()) {
            throw ProblemException.badRequest("body", "the NDJSON body holds no article");
        }
        return items;
    }

    /** A text file: "---" front matter ("outlet: …", "url: …", "published: …", "title: …") then the text. */
    Item fromPlainText(String body, Map<String, String> params) {
        String text = body;
        Map<String, String> fields = new java.util.HashMap<>();
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                fields.put(k, v);
            }
        });
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            int start = text.indexOf('\n') + 1;
            // The closing line may follow the opening one at once ("---\n---\n": no fields).
            int end = text.startsWith("---", start) ? start - 1 : text.indexOf("\n---", start);
            if (end < 0) {
                throw ProblemException.badRequest("body", "the front matter opened with '---' is never closed by a '---' line");
            }
            for (String line : text.substring(start, Math.max(start, end)).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1).strip());
                }
            }
            int after = text.indexOf('\n', end + 1);
            text = after < 0 ? "" : text.substring(after + 1);
        }
        if (!fields.containsKey("title")) {
            String headline = firstLine(text);
            if (!headline.isEmpty()) {
                fields.put("title", headline);
            }
        }
        var node = JsonNodeFactory.instance.objectNode();
        fields.forEach((k, v) -> {
            if (FIELDS.contains(k) && !k.equals("text")) {
                node.put(k, v);
            }
        });
        node.put("text", text);
        return item(0, node, "");
    }

    /** A text file's first line is its headline when it reads like one: short and not a sentence. */
    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                return l.length() <= 200 && !l.endsWith(".") ? l : "";
            }
        }
        return "";
    }

    private Item item(int index, JsonNode node, String prefix) {
        try {
            return new Item(index, toArticle(node, prefix), null, null);
        } catch (ProblemException e) {
            return new Item(index, null, e.field(), e.getMessage());
        }
    }

    private Article toArticle(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest(prefix + "article", prefix + "an article must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest(prefix + name, prefix + "unknown field '" + name + "'; known fields: " + sorted());
            }
        }
        Article.Builder a = Article.newBuilder()
                .setUrl(line(required(node, "url", prefix), "url", prefix))
                .setOutlet(line(required(node, "outlet", prefix), "outlet", prefix))
                .setOriginalText(required(node, "text", prefix))
                .setTitle(line(optional(node, "title", prefix), "title", prefix))
                .setByline(line(optional(node, "byline", prefix), "byline", prefix))
                .setLanguage(line(optional(node, "language", prefix), "language", prefix));
        String published = optional(node, "published", prefix);
        if (!published.isEmpty()) {
            Instant at = RequestParams.instant(published, prefix + "published");
            a.setPublishedTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()));
        }
        return a.build();
    }

    /** A short one-line field: capped, and no control characters (see {@link RequestParams#shortText}). */
    private String line(String value, String field, String prefix) {
        return RequestParams.shortText(value, prefix + field, prefix + "'" + field + "'", maxShortFieldChars);
    }

    private static String required(JsonNode node, String field, String prefix) {
        String value = optional(node, field, prefix);
        if (value.isBlank()) {
            throw ProblemException.badRequest(prefix + field, prefix + "'" + field + "' is required and must not be blank");
        }
        return value;
    }

    private static String optional(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(prefix + field, prefix + "'" + field + "' must be a string, got "
                    + value.getNodeType().name().toLowerCase());
        }
        return value.asText();
    }

    private static String sorted() {
        return String.join(", ", FIELDS.stream().sorted().toList());
    }
}
