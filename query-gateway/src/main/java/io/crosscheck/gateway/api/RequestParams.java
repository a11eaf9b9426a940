package io.crosscheck.gateway.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Query and body values parsed with errors that name the parameter and say what was expected. */
final class RequestParams {
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
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException again) {
                throw ProblemException.badRequest(field, field + " must be an ISO-8601 date or timestamp "
                        + "(2025-11-25 or 2025-11-25T21:17:00Z), got '" + abbreviate(v) + "'");
            }
        }
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

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
