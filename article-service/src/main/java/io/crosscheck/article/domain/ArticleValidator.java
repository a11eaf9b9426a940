package io.crosscheck.article.domain;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a draft before anything of it is written, so that a rejected article leaves no trace. */
public final class ArticleValidator {
    private final ArticleLimits limits;

    public ArticleValidator(ArticleLimits limits) {
        this.limits = limits;
    }

    /**
     * @param fieldPrefix the proto path of the article in the request ("article", "requests[3].article")
     * @throws InvalidInputException naming the first offending field
     */
    public void validate(ArticleDraft draft, String fieldPrefix) {
        requireText(draft.url(), fieldPrefix + ".url", "the article's URL");
        checkLength(draft.url(), fieldPrefix + ".url", limits.maxUrlChars());
        checkNoControl(draft.url(), fieldPrefix + ".url");
        checkUrl(draft.url(), fieldPrefix + ".url");
        requireText(draft.outlet(), fieldPrefix + ".outlet", "the outlet that published the article");
        checkShort(draft.outlet(), fieldPrefix + ".outlet");
        checkShort(draft.title(), fieldPrefix + ".title");
        checkShort(draft.byline(), fieldPrefix + ".byline");
        checkShort(draft.language(), fieldPrefix + ".language");
        String textField = fieldPrefix + ".original_text";
        if (draft.originalText() == null || draft.originalText().isBlank()) {
            throw new InvalidInputException(textField, "original_text is required and must not be blank");
        }
        if (draft.originalText().length() > limits.maxTextChars()) {
            throw new InvalidInputException(textField, "original_text has " + draft.originalText().length()
                    + " characters; the limit is " + limits.maxTextChars());
        }
    }

    private static void requireText(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field.substring(field.lastIndexOf('.') + 1)
                    + " is required: " + what);
        }
    }

    /** A one-line field: at most {@link ArticleLimits#MAX_SHORT_FIELD_CHARS}, no control characters. */
    private static void checkShort(String value, String field) {
        checkLength(value, field, ArticleLimits.MAX_SHORT_FIELD_CHARS);
        checkNoControl(value, field);
    }

    private static void checkLength(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, name(field) + " has " + value.length()
                    + " characters; the limit is " + max);
        }
    }

    /** Control characters (Unicode Cc: C0, DEL, C1) other than tab and newline; they end up in pages and logs. */
    private static void checkNoControl(String value, String field) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL) {
                throw new InvalidInputException(field, String.format(
                        "%s holds the control character U+%04X at index %d; only tab and newline are allowed",
                        name(field), (int) c, i));
            }
        }
    }

    private static String name(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static void checkUrl(String url, String field) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null) {
                throw new InvalidInputException(field, "url must be absolute (with a scheme such as https:), got '"
                        + abbreviate(url) + "'");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "url is not a valid URI: " + e.getReason());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
