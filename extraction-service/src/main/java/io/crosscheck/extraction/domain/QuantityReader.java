package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a text from NER's number, money and percent mentions and from compound
 * counts ("12-point"), with the normalised value, unit, qualifier ("at least"), what is counted, and
 * ranges and changes ("from 40,000 to 60,000").
 */
public final class QuantityReader {
    private static final Pattern COMPOUND = Pattern.compile("^(\\d[\\d,.]*)-([\\p{L}]+)$");
    private static final Pattern NUMBER_IN = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    private static final List<String> QUALIFIERS = List.of("at least", "at most", "more than", "less than",
            "fewer than", "up to", "as many as", "as few as", "an estimated", "approximately", "roughly", "about",
            "around", "nearly", "almost", "some", "over", "under", "just over", "just under", "close to");

    public List<Quantity> read(AnalyzedText text) {
        List<Quantity> out = new ArrayList<>();
        for (NamedMention m : text.mentions()) {
            String type = m.type();
            if (!type.equals("NUMBER") && !type.equals("MONEY") && !type.equals("PERCENT")) {
                continue;
            }
            if (isMonthAndDay(m.text())) {
                continue; // "9/11", "7/7": a date used as a name, not a count
            }
            Sentence s = text.sentences().get(m.sentence());
            Quantity range = rangeInOneMention(text.text(), m, s);
            if (range != null) {
                out.add(range);
                continue;
            }
            Double value = value(m);
            if (value == null) {
                continue;
            }
            String unit = switch (type) {
                case "MONEY" -> currency(m.text(), m.normalized());
                case "PERCENT" -> "percent";
                default -> isPercent(text.text(), m) ? "percent" : "";
            };
            // "30%" where NER stopped at "30": the sign belongs to the number.
            int end = m.end() < text.text().length() && text.text().charAt(m.end()) == '%' ? m.end() + 1 : m.end();
            out.add(Quantity.newBuilder().setValue(value).setUnit(unit).setQualifier(qualifier(text.text(), m.start()))
                    .setText(text.text().substring(m.start(), end)).setSpan(span(m.start(), end)).setCounted(counted(s, m.endToken()))
                    .setForm(QuantityForm.QUANTITY_FORM_SINGLE).build());
        }
        addCompounds(text, out);
        return mergeRanges(text.text(), out);
    }

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    /** Month/day with a slash ("9/11", "7/7"), told from a proper fraction below ten ("3/4", "1/3"). */
    private static boolean isMonthAndDay(String text) {
        Matcher m = SLASHED.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        boolean properFraction = month < day && day <= 10;
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && !properFraction;
    }

    private static final Pattern RANGE_TEXT = Pattern.compile("^(.+?)\\s*(?:to|-|–|and)\\s*(.+)$");

    /** NER sometimes returns "40,000 to 60,000" as one mention: read both ends. */
    private static Quantity rangeInOneMention(String text, NamedMention m, Sentence s) {
        Matcher r = RANGE_TEXT.matcher(m.text());
        if (!r.matches()) {
            return null;
        }
        Double from = parse(r.group(1));
        Double to = parse(r.group(2));
        if (from == null || to == null || !Character.isDigit(r.group(1).charAt(r.group(1).length() - 1))) {
            return null;
        }
        String before = text.substring(Math.max(0, m.start() - 9), m.start()).toLowerCase(Locale.ROOT);
        QuantityForm form = before.endsWith("from ") ? QuantityForm.QUANTITY_FORM_CHANGE : QuantityForm.QUANTITY_FORM_RANGE;
        return Quantity.newBuilder().setValue(from).setValueTo(to).setForm(form)
                .setUnit(m.type().equals("PERCENT") ? "percent" : m.type().equals("MONEY") ? currency(m.text(), m.normalized()) : "")
                .setQualifier(qualifier(text, m.start())).setText(m.text()).setSpan(span(m.start(), m.end()))
                .setCounted(counted(s, m.endToken())).build();
    }

    /** "12-point plan": a count that modifies a noun, one token when hyphenated words are kept whole. */
    private void addCompounds(AnalyzedText text, List<Quantity> out) {
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                Matcher m = COMPOUND.matcher(t.text());
                if (!m.matches() || overlaps(out, t.start(), t.end())) {
                    continue;
                }
                Double value = parse(m.group(1));
                if (value == null) {
                    continue;
                }
                String next = t.index() + 1 < s.tokens().size() && s.tokens().get(t.index() + 1).isNoun()
                        ? " " + s.tokens().get(t.index() + 1).text() : "";
                int end = next.isEmpty() ? t.end() : s.tokens().get(t.index() + 1).end();
                out.add(Quantity.newBuilder().setValue(value).setUnit("").setQualifier(qualifier(text.text(), t.start()))
                        .setText(text.text().substring(t.start(), end)).setSpan(span(t.start(), end))
                        .setCounted(m.group(2).toLowerCase(Locale.ROOT) + next.toLowerCase(Locale.ROOT))
                        .setForm(QuantityForm.QUANTITY_FORM_SINGLE).build());
            }
        }
        out.sort((a, b) -> Integer.compare(a.getSpan().getStart(), b.getSpan().getStart()));
    }

    /** "from X to Y" is a change, "between X and Y" or "X-Y" a range: one quantity with value_to. */
    private static List<Quantity> mergeRanges(String text, List<Quantity> in) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Quantity a = in.get(i);
            if (i + 1 < in.size()) {
                Quantity b = in.get(i + 1);
                String between = text.substring(a.getSpan().getEnd(), Math.max(a.getSpan().getEnd(), b.getSpan().getStart()))
                        .strip().toLowerCase(Locale.ROOT);
                String before = text.substring(Math.max(0, a.getSpan().getStart() - 9), a.getSpan().getStart())
                        .toLowerCase(Locale.ROOT);
                QuantityForm form = null;
                if (between.equals("to") && before.endsWith("from ")) {
                    form = QuantityForm.QUANTITY_FORM_CHANGE;
                } else if ((between.equals("and") && before.endsWith("between ")) || between.equals("to")
                        || between.equals("-") || between.equals("–")) {
                    form = QuantityForm.QUANTITY_FORM_RANGE;
                }
                if (form != null) {
                    out.add(a.toBuilder().setForm(form).setValueTo(b.getValue())
                            .setText(text.substring(a.getSpan().getStart(), b.getSpan().getEnd()))
                            .setSpan(span(a.getSpan().getStart(), b.getSpan().getEnd()))
                            .setUnit(a.getUnit().isEmpty() ? b.getUnit() : a.getUnit())
                            .setCounted(b.getCounted().isEmpty() ? a.getCounted() : b.getCounted()).build());
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** "30%", "30 percent", "30 per cent": the text says percent whatever NER tagged. */
    private static boolean isPercent(String text, NamedMention m) {
        if (m.text().endsWith("%")) {
            return true;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10)).toLowerCase(Locale.ROOT);
        return after.startsWith("%") || after.startsWith(" percent") || after.startsWith(" per cent");
    }

    private static Double value(NamedMention m) {
        String normalized = m.normalized();
        if (normalized != null) {
            Matcher n = NUMBER_IN.matcher(normalized.replace(",", ""));
            if (n.find()) {
                return Double.parseDouble(n.group());
            }
        }
        return parse(m.text());
    }

    private static Double parse(String s) {
        Matcher n = NUMBER_IN.matcher(s.replace(",", ""));
        return n.find() ? Double.parseDouble(n.group()) : null;
    }

    private static String qualifier(String text, int start) {
        String before = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT);
        String best = "";
        for (String q : QUALIFIERS) {
            if ((before.endsWith(" " + q + " ") || before.equals(q + " ") || before.endsWith("\n" + q + " "))
                    && q.length() > best.length()) {
                best = q;
            }
        }
        return best;
    }

    /** The noun phrase right after the number: "seven people", "12 towns", "60,000 residents". */
    private static String counted(Sentence s, int after) {
        StringBuilder counted = new StringBuilder();
        for (int i = after; i < Math.min(s.tokens().size(), after + 3); i++) {
            Token t = s.tokens().get(i);
            if (t.isNoun() || (counted.length() == 0 && t.pos().startsWith("JJ"))) {
                if (counted.length() > 0) {
                    counted.append(' ');
                }
                counted.append(t.text().toLowerCase(Locale.ROOT));
                if (t.pos().equals("NNS")) {
                    break;
                }
            } else {
                break;
            }
        }
        return counted.toString();
    }

    private static String currency(String text, String normalized) {
        String probe = (normalized != null ? normalized : "") + text;
        if (probe.contains("€") || probe.toLowerCase(Locale.ROOT).contains("euro")) {
            return "EUR";
        }
        if (probe.contains("£") || probe.toLowerCase(Locale.ROOT).contains("pound")) {
            return "GBP";
        }
        if (probe.contains("¥") || probe.toLowerCase(Locale.ROOT).contains("yen")) {
            return "JPY";
        }
        return "USD";
    }

    private static boolean overlaps(List<Quantity> qs, int start, int end) {
        return qs.stream().anyMatch(q -> q.getSpan().getStart() < end && start < q.getSpan().getEnd());
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }
}
