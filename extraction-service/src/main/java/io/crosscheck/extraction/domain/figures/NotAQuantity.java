package io.crosscheck.extraction.domain.figures;

import io.crosscheck.extraction.domain.Sentence;
import io.crosscheck.extraction.domain.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that are no quantity, as an ordered list of small readings (CQE's annotation conventions): clock
 * times, ordinals, decades, parts of dates, years, list numbers, labels ("page 5", "Section 12", "Coast 10",
 * "Velphone 12"). The first rule that rejects a number decides; {@link #rejectedBy} names it so an evaluation can
 * count decisions per rule.
 */
public final class NotAQuantity {
    /** What a rule sees: the sentence, the number's tokens and what was read around it. */
    public record Candidate(Sentence sentence, int first, int last, NumberToken digits, boolean hasUnit,
            boolean hasCurrency, boolean hasScale) {
        Token token(int i) {
            return i >= 0 && i < sentence.tokens().size() ? sentence.tokens().get(i) : null;
        }

        boolean bare() {
            return !hasUnit && !hasCurrency && !hasScale;
        }
    }

    /** One reading: true when the number is no quantity. */
    public interface Rule {
        String name();

        boolean rejects(Candidate c);
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr",
            "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
            "nov.", "dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CLOCK_AFTER = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc",
            "et", "edt", "est", "pt", "pdt", "pst", "ct", "cdt", "cst", "bst", "cet", "o'clock", "o’clock", "hrs", "hours");
    private static final Pattern CLOCK_TOKEN = Pattern.compile("\\d{1,2}[:.]\\d{2}(?::\\d{2})?([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LABEL_NOUNS = Set.copyOf(DataFiles.rows("quantities/label-nouns.txt").stream()
            .map(r -> r[0].trim()).toList());
    private static final Set<String> DATED_NOUNS = Set.copyOf(DataFiles.rows("quantities/dated-nouns.txt").stream()
            .map(r -> r[0].trim()).toList());
    private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "of", "by", "until", "from", "during", "the",
            "'s", "early", "late", "mid", "before", "after", "through", "to", "and", "year", "season", "fiscal", "class",
            "circa", "between", "for", "'");

    /** The rules in the order they are asked. */
    public static final List<Rule> RULES = List.of(
            rule("clock-time", NotAQuantity::clockTime),
            rule("ordinal", NotAQuantity::ordinal),
            rule("decade", NotAQuantity::decade),
            rule("date-part", NotAQuantity::datePart),
            rule("year", NotAQuantity::year),
            rule("list-number", NotAQuantity::listNumber),
            rule("label", NotAQuantity::label),
            rule("name", NotAQuantity::nameNumber));

    private NotAQuantity() {
    }

    /** The name of the first rule that rejects the candidate, or null when it is a quantity. */
    public static String rejectedBy(Candidate c) {
        for (Rule r : RULES) {
            if (r.rejects(c)) {
                return r.name();
            }
        }
        return null;
    }

    private static Rule rule(String name, java.util.function.Predicate<Candidate> test) {
        return new Rule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean rejects(Candidate c) {
                return test.test(c);
            }
        };
    }

    /** "10:27 PM", "1.56pm", "5 p.m.": a time of day. */
    static boolean clockTime(Candidate c) {
        Token t = c.token(c.first);
        if (t.text().contains(":") && CLOCK_TOKEN.matcher(t.text()).matches()) {
            return true;
        }
        if (c.digits != null && c.digits.suffix().toLowerCase(Locale.ROOT).matches("[ap]\\.?m\\.?")) {
            return true;
        }
        Token next = c.token(c.last + 1);
        return next != null && c.bare() && CLOCK_AFTER.contains(next.lower())
                && !(next.lower().equals("hours") || next.lower().equals("hrs"))
                || t.ner() != null && t.ner().equals("TIME") && c.bare() && next != null && CLOCK_AFTER.contains(next.lower());
    }

    /** "21st", "3rd": an ordinal, a rank not an amount. */
    static boolean ordinal(Candidate c) {
        if (c.digits != null && c.digits.suffix().toLowerCase(Locale.ROOT).matches("(st|nd|rd|th)\\.?")) {
            return true;
        }
        Token t = c.token(c.first);
        return c.digits == null && t.ner() != null && t.ner().equals("ORDINAL");
    }

    /** "the 1990s", "the '80s", "Channel 5s": a decade or a name, never a count. */
    static boolean decade(Candidate c) {
        return c.digits != null && !c.hasUnit && (c.digits.suffix().equals("s") || c.digits.suffix().equals("'s"));
    }

    /** "September 8", "8 July 2021", "July 4, 2016", "Feb. 21": the day or year of a date. */
    static boolean datePart(Candidate c) {
        if (!c.bare() || c.digits == null || !c.digits.isInteger() || c.digits.value() < 1) {
            return false;
        }
        Token before = c.token(c.first - 1);
        Token after = c.token(c.last + 1);
        if (before != null && month(before) && c.digits.value() <= 31) {
            return true;
        }
        if (after != null && month(after) && c.digits.value() <= 31) {
            return true;
        }
        // "July 4, 2016": the year after a day of a month.
        Token twoBefore = c.token(c.first - 2);
        Token threeBefore = c.token(c.first - 3);
        return before != null && before.text().equals(",") && twoBefore != null && twoBefore.text().matches("\\d{1,2}")
                && threeBefore != null && MONTHS.contains(threeBefore.lower())
                || before != null && MONTHS.contains(before.lower()) && c.digits.integerDigits() == 4;
    }

    /** Months that are no other word ("may", "march" are verbs in lower case; "nov." with its dot is a month). */
    private static boolean month(Token t) {
        String lower = t.lower();
        return MONTHS.contains(lower) && !WEEKDAYS.contains(lower)
                && (Character.isUpperCase(t.text().charAt(0)) || lower.endsWith(".") || lower.length() > 5 && !lower.equals("march"));
    }

    /**
     * "in 2016", "the 1988 horror film": a four-digit whole number without separators, unit or currency is a year
     * unless a plural noun right after it says what it counts ("2000 people"); a noun that years date ("2018
     * sales", dated-nouns.txt) keeps it a year.
     */
    static boolean year(Candidate c) {
        if (c.digits != null && c.digits.valueTo() != null && c.digits.integerDigits() == 4 && c.digits.isInteger()
                && c.digits.value() >= 1000 && c.digits.value() <= 2199 && !c.digits.grouped()) {
            return true; // "the 2019-20 season", "1914-1918": a span of years
        }
        if (!c.bare() || c.digits == null || !c.digits.isInteger() || c.digits.grouped() || c.digits.integerDigits() != 4
                || !c.digits.prefix().isEmpty() || c.digits.valueTo() != null && c.digits.valueTo() < 1000) {
            return false;
        }
        double v = Math.abs(c.digits.value());
        if (v < 1000 || v > 2199) {
            return false;
        }
        Token next = c.token(c.last + 1);
        if (next != null && next.pos().equals("NNS") && !DATED_NOUNS.contains(next.lower())) {
            Token before = c.token(c.first - 1);
            return before != null && YEAR_BEFORE.contains(before.lower()) && !before.lower().equals("the");
        }
        return true;
    }

    /** "3 Take action.", "Herrera: 4 Started …": a number that opens a list item. */
    static boolean listNumber(Candidate c) {
        if (!c.bare() || c.digits == null) {
            return false;
        }
        Token before = c.token(c.first - 1);
        boolean opens = before == null || before.text().equals(":") || before.text().equals("•") || before.text().equals("*");
        Token next = c.token(c.last + 1);
        return opens && next != null && (next.text().equals(".") && c.last + 2 < c.sentence.tokens().size()
                || next.text().equals(")") || Character.isUpperCase(next.text().charAt(0)) && !next.pos().startsWith("NN"));
    }

    /** "page 5", "flight 370", "No. 10": a number that labels. */
    static boolean label(Candidate c) {
        Token before = c.token(c.first - 1);
        return c.bare() && before != null && LABEL_NOUNS.contains(before.lower());
    }

    /**
     * "Coast 10", "Velphone 12 Mini", "S&P 500", "Game 7", "12 Harbour Road": a number inside a name — right after a
     * capitalised word of a proper name, or before the proper noun it modifies.
     */
    static boolean nameNumber(Candidate c) {
        if (c.hasUnit || c.hasCurrency) {
            return false;
        }
        if (c.digits != null && !c.digits.prefix().isEmpty() && !c.digits.prefix().matches("[~≈+]")) {
            return true; // "V10", "S22", "COVID-19": letters glued to the digits
        }
        Token before = c.token(c.first - 1);
        Token after = c.token(c.last + 1);
        if (before != null && c.digits != null && c.token(c.first).text().startsWith("-")
                && Character.isLetter(before.text().charAt(before.text().length() - 1))) {
            return true; // "COVID -19": the hyphenated number of a name, spaced apart
        }
        if (after != null && (after.pos().equals("NNS") || after.pos().equals("NNPS"))) {
            return false; // "told Reuters 30 people", "in Texas 25 Democrats": the number counts what follows
        }
        if (before != null && !MONTHS.contains(before.lower()) && capitalisedAsAName(before, c.first - 1 == 0)) {
            return true;
        }
        // "12 Harbour Road,", "40213 ZIP Code": capitalised words after the number that no common noun ends
        // ("4 FA Cup finals" counts finals).
        int k = c.last + 1;
        while (k < c.sentence.tokens().size() && capitalisedAsAName(c.token(k), false) && !c.token(k).pos().equals("NNPS")) {
            k++;
        }
        if (k == c.last + 1) {
            return false;
        }
        Token end = c.token(k);
        boolean plural = end != null && (end.pos().equals("NNS") || end.pos().equals("NNPS"));
        return end == null || !plural && !(end.pos().startsWith("NN") && Character.isLowerCase(end.text().charAt(0)));
    }

    /** A word of a proper name: capitalised where a sentence does not capitalise ("Coast", "vPhone", "S&P"). */
    private static boolean capitalisedAsAName(Token t, boolean sentenceFirst) {
        String text = t.text();
        if (text.isEmpty() || !Character.isLetter(text.charAt(0)) && !text.matches("\\p{Lu}.*")) {
            return false;
        }
        boolean inner = text.chars().skip(1).anyMatch(Character::isUpperCase);
        if (sentenceFirst) {
            return inner && Character.isLowerCase(text.charAt(0)); // "vPhone 12 …" opening a sentence
        }
        return Character.isUpperCase(text.charAt(0)) || inner;
    }
}
