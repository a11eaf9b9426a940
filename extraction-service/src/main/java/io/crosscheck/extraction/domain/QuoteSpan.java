package io.crosscheck.extraction.domain;

/**
 * Text between quotation marks.
 *
 * @param start offset of the opening mark
 * @param end offset one past the closing mark (or the end of the paragraph when it is left open)
 * @param contentStart offset of the first quoted character
 * @param contentEnd offset one past the last quoted character
 * @param continuesQuote true when the paragraph before ended inside a quote that this one carries on
 *     (a multi-paragraph quote reopens each paragraph with an opening mark)
 */
public record QuoteSpan(int start, int end, int contentStart, int contentEnd, boolean continuesQuote) {

    public boolean covers(int offset) {
        return offset >= start && offset < end;
    }

    public int wordCount(String text) {
        String content = text.substring(contentStart, contentEnd).strip();
        return content.isEmpty() ? 0 : content.split("\\s+").length;
    }
}
