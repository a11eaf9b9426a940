package io.crosscheck.gateway.api;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table from the backends' proto field names to the names a REST client sends ("page_token" is "pageToken",
 * "published_after" is "from", "original_text" is "text"), so that a backend's refusal names what the client can
 * change. A detail is rewritten only where it names a field: the violated field at its start, and field-path tokens
 * (proto names hold an underscore); ordinary words ("a different query") are left as they are.
 */
final class RestFieldNames {
    private static final Map<String, String> REST_NAMES = Map.of(
            "query", "q",
            "page_size", "pageSize",
            "page_token", "pageToken",
            "next_page_token", "nextPageToken",
            "published_after", "from",
            "published_before", "to",
            "original_text", "text");

    /** Where a proto path points into the request the gateway built: "requests[3].article." or "article.". */
    private static final Pattern REQUEST_PREFIX = Pattern.compile("^(?:requests\\[\\d+]\\.)?(?:article\\.)?");

    /**
     * A proto field path standing as a word of its own: after the start, a space or an opening parenthesis, and before
     * the end, a space or punctuation, so that a quoted value or a URL a detail echoes is never touched.
     */
    private static final Pattern FIELD_TOKEN = Pattern.compile(
            "(?<=^|[\\s(])((?:[a-z][a-z0-9]*(?:\\[\\d+])?\\.)*[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?=$|[\\s),:;]|\\.(?:\\s|$))");

    private RestFieldNames() {
    }

    /** The REST name of a backend's field path: "requests[3].article.original_text" is "text"; "" stays "". */
    static String field(String grpcField) {
        if (grpcField == null || grpcField.isEmpty()) {
            return "";
        }
        String path = REQUEST_PREFIX.matcher(grpcField).replaceFirst("");
        return REST_NAMES.getOrDefault(path, path);
    }

    /**
     * A backend's description of what is wrong with grpcField, in REST names: the leading "field: " the backend repeats
     * is dropped, the field named at the start is the REST name, and so is every known proto field path in the text.
     */
    static String detail(String grpcField, String message) {
        String text = message == null ? "" : message;
        String field = grpcField == null ? "" : grpcField;
        if (!field.isEmpty() && text.startsWith(field + ": ")) {
            text = text.substring(field.length() + 2);
        }
        String name = REQUEST_PREFIX.matcher(field).replaceFirst("");
        String restName = field(field);
        if (!name.isEmpty() && !name.equals(restName) && text.startsWith(name + " ")) {
            text = restName + text.substring(name.length());
        }
        Matcher tokens = FIELD_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (tokens.find()) {
            String path = REQUEST_PREFIX.matcher(tokens.group(1)).replaceFirst("");
            String rest = REST_NAMES.get(path);
            tokens.appendReplacement(out, Matcher.quoteReplacement(rest != null ? rest : tokens.group(1)));
        }
        tokens.appendTail(out);
        return out.toString();
    }
}
