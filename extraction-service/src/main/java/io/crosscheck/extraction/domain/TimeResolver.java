package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Span;
import io.crosscheck.common.v1.TimeExpression;
import io.crosscheck.common.v1.TimeGranularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions and resolves them against the publish date: "on Tuesday" in an article of
 * Wednesday 2025-11-26 is 2025-11-25, "last week" an ISO week, "in August" a month, "November 27th" a
 * day. News reports the past, so a bare weekday or month is the latest one not after the publish
 * date, unless the sentence speaks of the future ("will", "next").
 */
public final class TimeResolver {
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String PART_OF_DAY = "(?:\\s+(?:morning|afternoon|evening|night))?";

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:on\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:(?i:in|since|by|until|during|from|early|late|mid-|earlier in|later in)\\s*)?" + MONTH + "(?:\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAYS = Pattern.compile(
            "\\b(?:((?i:on|last|this|next|since|by|until|from|late|early))\\s+)?" + WEEKDAY + PART_OF_DAY + "\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later)\\s+)?(yesterday|today|tomorrow|tonight)" + PART_OF_DAY + "\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later)\\s+)?(last|this|next|past|coming)\\s+(week|month|year)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:in|since|by|until|during|from|of|early|late)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|next|upcoming|scheduled|due to|plans? to|is to|are to|going to)\\b");

    private static final int FUTURE_WINDOW = 50;
    private static final Pattern QUOTED = Pattern.compile("[“\"«][^”\"»]*[”\"»]|^[^“\"«]*[”\"»]");

    public List<TimeExpression> resolve(String text, LocalDate published, List<Sentence> sentences) {
        List<TimeExpression> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        scan(text, ISO_DATE, taken, out, m -> day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
        scan(text, MONTH_DAY, taken, out, m -> day(dated(published, month(m.group(1)), num(m, 2), m.group(3), sentences, text, m.start())));
        scan(text, DAY_MONTH, taken, out, m -> day(dated(published, month(m.group(2)), num(m, 1), m.group(3), sentences, text, m.start())));
        scan(text, WEEKDAYS, taken, out, m -> day(weekday(published, m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                future(sentences, text, m.start()))));
        scan(text, RELATIVE_DAY, taken, out, m -> day(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yesterday" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> published;
        }));
        scan(text, RELATIVE_PERIOD, taken, out, m -> period(published, m.group(1).toLowerCase(Locale.ROOT),
                m.group(2).toLowerCase(Locale.ROOT)));
        scan(text, MONTH_ONLY, taken, out, m -> monthOnly(published, month(m.group(1)), m.group(2), future(sentences, text, m.start())));
        scan(text, YEAR, taken, out, m -> new Resolved(m.group(1), TimeGranularity.TIME_GRANULARITY_YEAR));
        out.sort((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()));
        return out;
    }

    private record Resolved(String value, TimeGranularity granularity) {
    }

    private interface Rule {
        Resolved apply(Matcher m);
    }

    private static void scan(String text, Pattern p, boolean[] taken, List<TimeExpression> out, Rule rule) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (isTaken(taken, m.start(), m.end())) {
                continue;
            }
            Resolved r;
            try {
                r = rule.apply(m);
            } catch (RuntimeException invalidDate) {
                continue;
            }
            if (r == null) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
            out.add(TimeExpression.newBuilder().setText(m.group()).setSpan(Span.newBuilder().setStart(m.start()).setEnd(m.end()))
                    .setValue(r.value()).setGranularity(r.granularity()).build());
        }
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static Resolved day(LocalDate d) {
        return new Resolved(d.toString(), TimeGranularity.TIME_GRANULARITY_DAY);
    }

    private static LocalDate weekday(LocalDate published, String modifier, DayOfWeek day, boolean future) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        return switch (mod) {
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "this" -> future ? published.with(TemporalAdjusters.nextOrSame(day)) : published.with(TemporalAdjusters.previousOrSame(day));
            default -> future ? published.with(TemporalAdjusters.nextOrSame(day)) : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /** A month and day without a year: the year that puts it nearest the publish date. */
    private static LocalDate dated(LocalDate published, Month month, int day, String year, List<Sentence> sentences,
            String text, int offset) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue; // February 29 exists only in leap years
            }
            LocalDate candidate = LocalDate.of(y, month, day);
            if (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                    < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    private static Resolved monthOnly(LocalDate published, Month month, String year, boolean future) {
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (future) {
            y = month.getValue() >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
        } else {
            y = month.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        }
        return new Resolved(YearMonth.of(y, month).toString(), TimeGranularity.TIME_GRANULARITY_MONTH);
    }

    private static Resolved period(LocalDate published, String which, String unit) {
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (unit) {
            case "week" -> {
                LocalDate d = published.plusWeeks(shift);
                yield new Resolved(String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), TimeGranularity.TIME_GRANULARITY_WEEK);
            }
            case "month" -> new Resolved(YearMonth.from(published).plusMonths(shift).toString(), TimeGranularity.TIME_GRANULARITY_MONTH);
            default -> new Resolved(String.valueOf(published.getYear() + shift), TimeGranularity.TIME_GRANULARITY_YEAR);
        };
    }

    /** Whether the clause leading up to the expression speaks of the future ("talks will resume on Monday"). */
    private static boolean future(List<Sentence> sentences, String text, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                String window = text.substring(Math.max(s.start(), offset - FUTURE_WINDOW), offset);
                // A quote's own tense says nothing about when it was said: “We will rebuild,” she said on Tuesday.
                return FUTURE.matcher(QUOTED.matcher(window).replaceAll(" ")).find();
            }
        }
        return false;
    }

    private static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
