package io.crosscheck.article.domain;

import io.crosscheck.grpc.TimestampRange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a page wraps around an article — comment forms, newsletter and "recommended" widgets,
 * photo captions and credits, bylines, reporting credits, stray HTML, trailing timestamps — so that
 * claims and spans are computed on the article's own words. Works line by line and never edits
 * inside a content line except to drop markup: a content sentence is either kept whole or, if it
 * matches a furniture rule, dropped whole.
 */
public final class BoilerplateCleaner {

    /** Lines that are site furniture wherever they stand. Matched against the lower-cased, trimmed line. */
    private static final List<Pattern> FURNITURE = compile(
            "^(leave a (reply|comment)|post a comment|add a comment|comments?|show comments|view comments)\\.?$",
            "your email address will not be published",
            "required fields are marked",
            "^(skip|jump) (past|to) ",
            "newsletter promotions?",
            "^(recommended|related|most read|most popular|more from .{1,30}|read more|read next|you may also like"
                    + "|trending|top stories|more stories|related stories|related articles|related coverage)( stories| articles)?:?$",
            "^list of \\d+ items?",
            "^end of list$",
            "^advertisement$",
            "^(share|share this( article| story)?|share on .{1,20}|follow us.{0,40}|click to share.{0,40})$");

    /**
     * Credit and dateline lines. They look like the start of a content sentence ("Reporting by the BBC
     * suggested…", "Updated figures show…"), so they count as furniture only when the line does not end
     * like a sentence.
     */
    private static final List<Pattern> CREDITS = compile(
            "^(sign up|subscribe|get our|join our)\\b.{0,80}(newsletter|updates|alerts|inbox)",
            "^(additional )?reporting by\\b",
            "^(writing|editing|edited|compiled) by\\b",
            "^(copyright\\b|©).{0,120}$",
            "^(published|updated|last updated|first published)( on| at)?:? .{0,60}(\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).{0,30}$",
            "^(photo|photograph|image|picture|video)s?( credit)?: .{0,120}$",
            "^\\(?(photo|image|picture)s? (by|credit|courtesy)\\b.{0,120}$");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]?$");

    /** A caption ends in a credit: "…destroyed in overnight strikes. Photograph: Name/Agency". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\b([Pp]hotograph|[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration)( credit)?:\\s*\\p{Lu}[^.!?]{1,100}$");

    /** A byline: "By Jane Doe" or "By Jane Doe and John Roe, Reuters"; never "By Friday, …". */
    private static final Pattern BYLINE = Pattern.compile(
            "^By\\s+(?!(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
                    + "|July|August|September|October|November|December)\\b)\\p{Lu}[\\p{L}.'’-]+(\\s+(\\p{Lu}[\\p{L}.'’-]+|and|&|,))*\\s*(,.{0,40})?$");

    /** A lone signature line at the end: two to four capitalised words and nothing else. */
    private static final Pattern SIGNATURE = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}$");

    /** A timestamp alone on a line: "2025-11-25 21:17:00", "2025-11-25T21:17Z". */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2})(?::(\\d{2}))?)?\\s*(?:Z|UTC|GMT)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern DANGLING_TAG = Pattern.compile("</?[a-zA-Z][^<>]*$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");

    /** The outcome: the cleaned text, the lines dropped (for audit) and a trailing timestamp, if one was printed. */
    public record Result(String cleanedText, List<String> removedLines, Instant printedTimestamp) {
    }

    public Result clean(String original) {
        String text = CONTROL.matcher(original.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Instant timestamp = null;
        int lastContent = lastNonBlank(lines);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = decodeEntities(DANGLING_TAG.matcher(HTML_TAG.matcher(raw).replaceAll("")).replaceAll(""))
                    .strip();
            if (line.isEmpty()) {
                if (!raw.isBlank()) {
                    removed.add(raw.strip());
                }
                kept.add("");
                continue;
            }
            Instant printed = parseTimestamp(line);
            if (printed != null) {
                timestamp = printed;
                removed.add(line);
                continue;
            }
            if (isFurniture(line) || (i >= lastContent - 1 && isTrailingSignature(line, lines, i))) {
                removed.add(line);
                continue;
            }
            kept.add(line);
        }
        return new Result(joinParagraphs(kept), removed, timestamp);
    }

    private static boolean isFurniture(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (matchesAny(FURNITURE, lower)) {
            return true;
        }
        if (SENTENCE_END.matcher(line).find()) {
            return false;
        }
        return matchesAny(CREDITS, lower) || CAPTION_CREDIT.matcher(line).find() || BYLINE.matcher(line).matches();
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** A short name line is a signature only at the very end, after the last content paragraph. */
    private static boolean isTrailingSignature(String line, String[] lines, int index) {
        if (!SIGNATURE.matcher(line).matches() || line.length() > 48) {
            return false;
        }
        for (int j = index + 1; j < lines.length; j++) {
            String rest = lines[j].strip();
            if (!rest.isEmpty() && parseTimestamp(rest) == null && !isFurniture(rest)) {
                return false;
            }
        }
        return true;
    }

    private static int lastNonBlank(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return 0;
    }

    static Instant parseTimestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        try {
            String iso = m.group(1) + "T" + m.group(2) + ":" + (m.group(3) != null ? m.group(3) : "00");
            Instant printed = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            // Year 0000 parses, but no client could send it as a publish time: not a timestamp then.
            return TimestampRange.contains(printed) ? printed : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Joins kept lines, folding runs of blank lines to one so that removals leave no holes. */
    private static String joinParagraphs(List<String> kept) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : kept) {
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<Pattern> compile(String... regexes) {
        List<Pattern> patterns = new ArrayList<>();
        for (String r : regexes) {
            patterns.add(Pattern.compile(r));
        }
        return List.copyOf(patterns);
    }
}
