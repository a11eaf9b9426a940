package io.crosscheck.gateway.api;

import com.google.protobuf.Timestamp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Query and body values parsed with errors that name the parameter and say what was expected. */
final class RequestParams {
    /**
     * The times the API takes: the range of a protobuf Timestamp (google/protobuf/timestamp.proto), which every service
     * stores and passes on. Outside it the backends' conversions overflow, so the edge refuses it.
     */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final String RANGE = EARLIEST + " and " + LATEST;
    /** The store's tokens encode a time, an article id (at most 200 characters) and a 16-character query fingerprint. */
    static final int MAX_PAGE_TOKEN_CHARS = 1024;

    private RequestParams() {
    }

    /** A time range whose start, when both ends are given, lies before its end; the problem names the start field. */
    static void ordered(Instant after, Instant before, String fromField, String endWords) {
        if (after != null && before != null && !after.isBefore(before)) {
            throw ProblemException.badRequest(fromField, fromField + " (" + after + ") must be before " + endWords + " ("
                    + before + ")");
        }
    }

    /** An ISO-8601 instant ("2025-11-25T21:17:00Z", with an offset) or a date ("2025-11-25", midnight UTC); null if blank. */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant at;
        try {
            if (v.length() == 10) {
                at = LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else {
                at = OffsetDateTime.parse(v).toInstant();
            }
        } catch (DateTimeException e) {
            try {
                at = Instant.parse(v);
            } catch (DateTimeException again) {
                throw ProblemException.badRequest(field, field + " must be an ISO-8601 date or timestamp "
                        + "(2025-11-25 or 2025-11-25T21:17:00Z), got '" + abbreviate(v) + "'");
            }
        }
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw ProblemException.badRequest(field, field + " must be between " + RANGE + ", got '" + abbreviate(v) + "'");
        }
        return at;
    }

    /** A protobuf Timestamp as an instant, refused (naming the field) when outside the range a Timestamp may hold. */
    static Instant instant(Timestamp t, String field) {
        if (t.getNanos() < 0 || t.getNanos() > 999_999_999) {
            throw ProblemException.badRequest(field, field + ".nanos must be between 0 and 999999999, got " + t.getNanos());
        }
        if (t.getSeconds() < EARLIEST.getEpochSecond() || t.getSeconds() > LATEST.getEpochSecond()) {
            throw ProblemException.badRequest(field, field + ".seconds must be between " + EARLIEST.getEpochSecond() + " ("
                    + EARLIEST + ") and " + LATEST.getEpochSecond() + " (" + LATEST + "), got " + t.getSeconds());
        }
        return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }

    /**
     * A one-line text field (url, outlet, title, …): at most maxChars characters and no control character but tab and
     * newline (NUL, ESC, CR and the rest would reach logs, pages and other systems as they are).
     */
    static String shortText(String value, String field, String label, int maxChars) {
        if (value.length() > maxChars) {
            throw ProblemException.badRequest(field, label + " has " + value.length() + " characters; the limit is "
                    + maxChars);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n') {
                throw ProblemException.badRequest(field, label + " holds the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i + "; only tab and newline are allowed");
            }
        }
        return value;
    }

    static int integer(String value, String field, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, field + " must be a whole number, got '" + abbreviate(value) + "'");
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.badRequest(field, field + " must be between " + min + " and " + max + ", got " + parsed);
        }
        return parsed;
    }

    /** Repeated or comma-separated values ("outlet=A&outlet=B" or "outlet=A,B"). */
    static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * A page token is the store's to read; the gateway only refuses what cannot be one (longer than any the store makes,
     * or outside base64url), so that nothing else is passed on. "" for none.
     */
    static String pageToken(String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        if (token.length() > MAX_PAGE_TOKEN_CHARS || !token.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '='))) {
            throw ProblemException.badRequest("pageToken", "pageToken is malformed: pass the nextPageToken of an earlier "
                    + "answer (at most " + MAX_PAGE_TOKEN_CHARS + " characters of base64url)");
        }
        return token;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
