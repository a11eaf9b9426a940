package io.crosscheck.extraction.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted text. Typographic marks (“ ” « » „) say which side they open; straight double quotes
 * alternate within a paragraph. A quote never crosses a line break: news sites put each paragraph
 * on its own line and reopen a quote that runs on, so a quote left open at the end of a paragraph
 * ends there and the next paragraph's opening mark continues it. Single quotes are not read as quote
 * marks: in English news they are apostrophes far more often than quotes; doubled ('' or ``) they are
 * a double quote typed on a typewriter keyboard, as some wire copy still writes them.
 */
public final class QuoteFinder {
    private static final int MIN_CONTENT_CHARS = 1;

    public List<QuoteSpan> find(String text) {
        List<QuoteSpan> quotes = new ArrayList<>();
        int lineStart = 0;
        boolean previousParagraphOpen = false;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            previousParagraphOpen = scanLine(text, lineStart, lineEnd, previousParagraphOpen, quotes);
            lineStart = lineEnd + 1;
        }
        return quotes;
    }

    /** @return whether the line ended inside an open quote */
    private static boolean scanLine(String text, int from, int to, boolean previousOpen, List<QuoteSpan> out) {
        int open = -1;
        int openWidth = 1;
        char openMark = 0;
        boolean lineOpenedAtStart = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int width = doubledApostrophe(text, i, to) ? 2 : 1;
            if (width == 2) {
                c = '"'; // '' and `` stand in for a double quote in wire copy and typewriter style
            }
            if (open < 0) {
                if (isOpening(c) || c == '"') {
                    open = i;
                    openWidth = width;
                    openMark = c;
                    lineOpenedAtStart = text.substring(from, i).isBlank();
                }
            } else if (closes(openMark, c)) {
                add(out, open, i + width, open + openWidth, trimEnd(text, open + openWidth, i), previousOpen && lineOpenedAtStart);
                open = -1;
            } else if (c == openMark && isOpening(c)) {
                // A second opening mark before any close: the first one was stray.
                open = i;
            }
            i += width - 1;
        }
        if (open >= 0) {
            int end = trimEnd(text, open + openWidth, to);
            add(out, open, to, open + openWidth, end, previousOpen && lineOpenedAtStart);
            return true;
        }
        return false;
    }

    /** Two apostrophes or two backticks in a row: a double quote written with single-quote keys. */
    private static boolean doubledApostrophe(String text, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        char c = text.charAt(i);
        return (c == '\'' || c == '`' || c == '‘' || c == '’') && text.charAt(i + 1) == c;
    }

    private static void add(List<QuoteSpan> out, int start, int end, int contentStart, int contentEnd, boolean continues) {
        if (contentEnd - contentStart >= MIN_CONTENT_CHARS) {
            out.add(new QuoteSpan(start, end, contentStart, contentEnd, continues));
        }
    }

    /** Content ends before trailing space and the comma that English puts inside the closing mark (“…,” he said). */
    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    private static boolean isOpening(char c) {
        return c == '“' || c == '«' || c == '„';
    }

    private static boolean closes(char openMark, char c) {
        return switch (openMark) {
            // Copy edited in two tools often opens typographically and closes with a straight mark.
            case '“', '„' -> c == '”' || c == '"';
            case '«' -> c == '»';
            case '"' -> c == '"' || c == '”';
            default -> false;
        };
    }
}
