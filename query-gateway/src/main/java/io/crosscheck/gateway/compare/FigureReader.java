package io.crosscheck.gateway.compare;

import io.crosscheck.common.v1.Claim;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the figures of one sentence from its claims' quantities: the interval each allows (from the extractor's
 * bound), the unit values of one fact share (from its kind: currency, percent, percentage points, base unit), what it
 * counts (the extractor's counted noun and the content words of its clause around the number), whether those words
 * mark an earlier or later version of the thing. Years, ordinals and parts of a larger count ("four of the injured")
 * are left out: they are not counts of a thing outlets could disagree on.
 */
final class FigureReader {
    private static final int LEFT_WORDS = 5;
    private static final int RIGHT_WORDS = 3;
    /** How far a clause boundary sets the words beyond it from a number, in content words. */
    private static final int BOUNDARY = 3;
    /** "About 40" allows 10% either way. */
    private static final double APPROXIMATION = 0.10;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "while", "whereas", "which", "who",
            "although", "though");
    private static final Set<String> PARTITIVE_AFTER_OF = Set.of("the", "them", "those", "these", "whom", "which",
            "its", "their", "his", "her", "our", "us");

    private FigureReader() {
    }

    static boolean conjunction(Token t) {
        return t.kind() == Token.Kind.WORD && CONJUNCTIONS.contains(t.lower());
    }

    static List<Figure> figures(CoverageArticle article, Statement statement, List<Token> sentence, List<Claim> claims) {
        List<Figure> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Claim c : claims) {
            for (Quantity q : c.getQuantitiesList()) {
                if (!seen.add(q.getSpan().getStart())) {
                    continue;
                }
                Figure f = figure(article, statement, sentence, c, q);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Figure figure(CoverageArticle article, Statement statement, List<Token> sentence, Claim claim,
            Quantity q) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (t.end() > q.getSpan().getStart() && t.start() < q.getSpan().getEnd()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || year(q) || partitive(q, sentence, last)) {
            return null;
        }
        Set<String> thing = new LinkedHashSet<>();
        Set<String> counted = new LinkedHashSet<>();
        if (!unitWord(q)) {
            for (Token t : Tokenizer.tokens(q.getCounted(), 0, q.getCounted().length(), Tokenizer.NameSpans.NONE)) {
                if (t.kind() == Token.Kind.WORD) {
                    // "13 others": a word without content of its own still says what is counted, but it says nothing
                    // about the thing, so it is kept out of the context.
                    counted.add(t.content() ? t.key() : "w:" + t.lower());
                    if (t.content()) {
                        thing.add(t.key());
                    }
                }
            }
        }
        Set<String> countedContent = Set.copyOf(thing);
        // The words beside the number up to a clause break, another number or a conjunction: what it is about.
        Reach left = reach(sentence, first, -1, LEFT_WORDS, thing);
        Reach right = reach(sentence, last, +1, RIGHT_WORDS, thing);
        int from = left.edge();
        int to = right.edge();
        Figure.Version version = left.version() != Figure.Version.NONE ? left.version() : right.version();
        thing.removeIf(k -> k.startsWith("#"));
        if (thing.isEmpty() && counted.isEmpty()) {
            return null;
        }
        String about = statement.sentence().substring(sentence.get(from).start() - statement.sentenceStart(),
                sentence.get(to).end() - statement.sentenceStart());
        double[] range = interval(q);
        return new Figure(statement, ArticleDigester.mention(article, claim, statement.sentenceStart(), statement.sentenceEnd()),
                range[0], range[1], point(q), unit(q), label(q), Set.copyOf(thing), context(sentence, first, last, countedContent),
                Set.copyOf(counted), about, version, frame(q, article.published()));
    }

    private static final double PRECISION_STEP_SHARE = FrameWords.DEFAULT.number("precision-step-share");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

    /** The extractor's frame of a quantity as comparison reads it. */
    static Figure.Frame frame(Quantity q, java.time.Instant published) {
        io.crosscheck.common.v1.FigureFrame f = q.getFrame();
        String scope = f.getScope().getCanonicalName().isBlank() ? f.getScope().getText() : f.getScope().getCanonicalName();
        String currency = q.getKind() == QuantityKind.QUANTITY_KIND_MONEY ? q.getCurrency() : "";
        return new Figure.Frame(f.getMeasure().getKey().strip().toLowerCase(Locale.ROOT),
                scope.strip().toLowerCase(Locale.ROOT), f.getEvent().getRelation(), f.getSource().getCanonicalName().strip(),
                f.getTime().getValue().strip(), published, halfStep(q), roundHalfStep(q), currency, inBaseUnit(q));
    }

    /**
     * Half the step of the value's last written digit, in the unit of {@link #unit}: "46.7" 0.05, "$48.2 million"
     * 50,000, "1.6 miles" about 80 m. What rounding to the written value allows; a value written in words has the
     * step of its last digit too ("nine": 0.5).
     */
    static double halfStep(Quantity q) {
        java.util.regex.Matcher m = DIGITS.matcher(q.getText());
        int decimals = m.find() && m.group(1) != null ? m.group(1).length() : 0;
        return inUnit(q, Math.pow(10, -decimals)) * PRECISION_STEP_SHARE;
    }

    /**
     * Half the step of a round number's last non-zero digit ("200": 50, "1,500": 50, "260": 5), in the unit of
     * {@link #unit}; halfStep for a number with decimals or without trailing zeros, and for one written in words.
     */
    static double roundHalfStep(Quantity q) {
        java.util.regex.Matcher m = DIGITS.matcher(q.getText());
        if (!m.find() || m.group(1) != null) {
            return halfStep(q);
        }
        String digits = m.group().replace(",", "");
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return inUnit(q, Math.pow(10, zeros)) * PRECISION_STEP_SHARE;
    }

    /** A step of the written digits in the unit values are compared in (scale word and base unit applied). */
    private static double inUnit(Quantity q, double writtenStep) {
        double step = writtenStep;
        if (q.hasScale() && q.getScale() > 0) {
            step *= q.getScale();
        }
        if (inBaseUnit(q) && q.getValue() != 0) {
            step *= Math.abs(q.getBaseValue() / q.getValue());
        }
        return step;
    }

    /** How far the words beside a number reach, and the version word ("original", "revised") met on the way. */
    private record Reach(int edge, Figure.Version version) {
    }

    /** Walks from the number's token {@code from} in direction {@code step}, adding content words to {@code thing}. */
    private static Reach reach(List<Token> sentence, int from, int step, int maxWords, Set<String> thing) {
        int edge = from;
        int words = 0;
        Figure.Version version = Figure.Version.NONE;
        for (int i = from + step; i >= 0 && i < sentence.size() && words < maxWords; i += step) {
            Token t = sentence.get(i);
            if (t.clauseBreak() || t.quoteMark() || t.kind() == Token.Kind.NUMBER || conjunction(t)) {
                break;
            }
            version = version == Figure.Version.NONE ? version(t) : version;
            if (t.content()) {
                thing.add(t.key());
                words++;
            }
            edge = i;
        }
        return new Reach(edge, version);
    }

    /**
     * Every content word of the sentence weighted by how near it stands to the number: 1 / (1 + d / 2), where d
     * counts the content words between them plus three for each clause boundary (comma, conjunction, quote mark)
     * crossed. The counted noun weighs 1. An apposition ("the league, a group of 12 towns") still counts,
     * only less.
     */
    private static Map<String, Double> context(List<Token> sentence, int first, int last, Set<String> counted) {
        Map<String, Double> weights = new HashMap<>();
        counted.forEach(k -> weights.put(k, 1.0));
        for (int direction : new int[] {-1, 1}) {
            int start = direction < 0 ? first - 1 : last + 1;
            int[] ours = distances(sentence, start, direction);
            // Words between this number and the next one go to the nearer of the two ("killing six people and
            // wounding 13 others": "wounding" describes 13).
            int other = start;
            while (other >= 0 && other < sentence.size() && sentence.get(other).kind() != Token.Kind.NUMBER) {
                other += direction;
            }
            int[] theirs = other >= 0 && other < sentence.size() ? distances(sentence, other - direction, -direction) : null;
            for (int i = start; i >= 0 && i < sentence.size() && i != other; i += direction) {
                Token t = sentence.get(i);
                if (!t.content() || t.kind() == Token.Kind.NUMBER) {
                    continue;
                }
                int d = ours[Math.abs(i - start)];
                if (theirs != null && theirs[Math.abs(i - (other - direction))] <= d) {
                    continue;
                }
                weights.merge(t.key(), 1.0 / (1.0 + d / 2.0), Math::max);
            }
        }
        return Map.copyOf(weights);
    }

    /**
     * The distance of each token from a number, walking from start in a direction: content words passed, plus
     * BOUNDARY for each clause boundary crossed. Indexed by steps from start.
     */
    private static int[] distances(List<Token> sentence, int start, int direction) {
        int n = direction < 0 ? start + 1 : sentence.size() - start;
        int[] out = new int[Math.max(0, n)];
        int distance = 0;
        for (int step = 0; step < out.length; step++) {
            int i = start + step * direction;
            Token t = sentence.get(i);
            out[step] = distance;
            if (t.clauseBreak() || t.quoteMark() || conjunction(t)) {
                distance += apposition(sentence, i, direction) ? 0 : BOUNDARY;
            } else if (t.content() && t.kind() != Token.Kind.NUMBER) {
                distance++;
            }
        }
        return out;
    }

    /**
     * A comma that opens an indefinite apposition toward the number ("the league, a group of 12 towns"): what
     * stands before the comma is what the number describes, so the comma separates nothing.
     */
    private static boolean apposition(List<Token> sentence, int comma, int direction) {
        if (direction > 0 || !sentence.get(comma).lower().equals(",") || comma + 1 >= sentence.size()) {
            return false;
        }
        String next = sentence.get(comma + 1).lower();
        return next.equals("a") || next.equals("an");
    }

    /** The extractor names the unit as what is counted ("30 percent" counts "percent"): that is no thing. */
    private static boolean unitWord(Quantity q) {
        String counted = q.getCounted().strip();
        return counted.equals("%") || counted.equalsIgnoreCase("percent") || counted.equalsIgnoreCase("per cent")
                || (!q.getUnit().isEmpty() && counted.equalsIgnoreCase(q.getUnit()))
                || (!q.getUnitText().isEmpty() && counted.equalsIgnoreCase(q.getUnitText()))
                || (!q.getCurrency().isEmpty() && counted.equalsIgnoreCase(q.getCurrency()));
    }

    /** A four-digit number with nothing counted is a year ("since 2022"), which dates rather than counts. */
    private static boolean year(Quantity q) {
        double v = q.getValue();
        return q.getUnit().isEmpty() && q.getCounted().isBlank() && v == Math.rint(v) && v >= 1800 && v <= 2200
                && q.getText().strip().matches("\\d{4}s?");
    }

    /** "four of the injured", "one of Europe's worst": a part of a count, not the count. */
    private static boolean partitive(Quantity q, List<Token> sentence, int last) {
        if (last + 2 >= sentence.size() || !sentence.get(last + 1).lower().equals("of")) {
            return false;
        }
        return PARTITIVE_AFTER_OF.contains(sentence.get(last + 2).lower()) || (q.getValue() == 1 && q.getCounted().isBlank());
    }

    private static Figure.Version version(Token t) {
        if (Vocabulary.EARLIER_VERSION.contains(t.lower())) {
            return Figure.Version.EARLIER;
        }
        if (Vocabulary.LATER_VERSION.contains(t.lower())) {
            return Figure.Version.LATER;
        }
        return Figure.Version.NONE;
    }

    /**
     * What values of one fact share: the currency code of money, "percent", "percentage points", the base unit of a
     * measure that converts (so "2.3 miles" meets "2.6 km"), else the unit's name, or the kind when it has no unit
     * (a proportion never meets a count). A rise or a fall is another fact than a level ("up 0.2%" against "at 4.1%").
     */
    static String unit(Quantity q) {
        String unit = switch (q.getKind()) {
            case QUANTITY_KIND_MONEY -> q.getCurrency().isEmpty() ? q.getUnit() : q.getCurrency();
            case QUANTITY_KIND_PERCENT -> "percent";
            case QUANTITY_KIND_PERCENTAGE_POINT -> "percentage points";
            case QUANTITY_KIND_MEASURE -> inBaseUnit(q) ? q.getBaseUnit() : q.getUnit();
            case QUANTITY_KIND_COUNT, QUANTITY_KIND_UNSPECIFIED, UNRECOGNIZED -> q.getUnit();
            default -> q.getUnit().isEmpty()
                    ? q.getKind().name().substring("QUANTITY_KIND_".length()).toLowerCase(Locale.ROOT) : q.getUnit();
        };
        return switch (q.getChange()) {
            case QUANTITY_CHANGE_UP_BY -> unit + " rise";
            case QUANTITY_CHANGE_DOWN_BY -> unit + " fall";
            default -> unit;
        };
    }

    /** A measure whose unit converts is compared in its base unit. */
    private static boolean inBaseUnit(Quantity q) {
        return q.getKind() == QuantityKind.QUANTITY_KIND_MEASURE && !q.getBaseUnit().isEmpty() && q.hasBaseValue();
    }

    private static double value(Quantity q) {
        return inBaseUnit(q) ? q.getBaseValue() : q.getValue();
    }

    private static boolean hasValueTo(Quantity q) {
        return inBaseUnit(q) ? q.hasBaseValueTo() : q.hasValueTo();
    }

    private static double valueTo(Quantity q) {
        return inBaseUnit(q) ? q.getBaseValueTo() : q.getValueTo();
    }

    /** The value a quantity states, in the unit of {@link #unit}: the new value of a change. */
    static double point(Quantity q) {
        return q.getForm() == QuantityForm.QUANTITY_FORM_CHANGE && hasValueTo(q) ? valueTo(q) : value(q);
    }

    /**
     * The values a quantity allows, in the unit of {@link #unit}: a range its ends; else the stated value as its bound
     * reads it — exact, about (±10%), more than / at least (up from it), less than / at most (down from it), nearly
     * (up to 10% under it, not reaching it).
     */
    static double[] interval(Quantity q) {
        if (q.getForm() == QuantityForm.QUANTITY_FORM_RANGE && hasValueTo(q)) {
            return new double[] {Math.min(value(q), valueTo(q)), Math.max(value(q), valueTo(q))};
        }
        double v = point(q);
        double step = Math.max(1e-9, Math.abs(v) * 1e-9);
        double around = Math.abs(v) * APPROXIMATION;
        return switch (q.getBound()) {
            case QUANTITY_BOUND_APPROXIMATE -> new double[] {v - around, v + around};
            case QUANTITY_BOUND_MORE_THAN -> new double[] {v + step, Double.POSITIVE_INFINITY};
            case QUANTITY_BOUND_AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
            case QUANTITY_BOUND_LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, v - step};
            case QUANTITY_BOUND_AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, v};
            case QUANTITY_BOUND_NEARLY -> new double[] {v - around, v - step};
            case QUANTITY_BOUND_EXACT, QUANTITY_BOUND_UNSPECIFIED, UNRECOGNIZED -> new double[] {v, v};
        };
    }

    /**
     * The figure as answers show it, in the unit as written: "at least 6 people", "from 40,000 to 60,000",
     * "USD 30 million", "30%", "0.5 percentage points", "2.3 miles".
     */
    static String label(Quantity q) {
        StringBuilder s = new StringBuilder();
        if (!q.getQualifier().isBlank()) {
            s.append(q.getQualifier().strip()).append(' ');
        }
        if (q.getForm() == QuantityForm.QUANTITY_FORM_CHANGE && q.hasValueTo()) {
            s.append("from ").append(number(q.getValue(), q)).append(" to ").append(number(q.getValueTo(), q));
        } else if (q.getForm() == QuantityForm.QUANTITY_FORM_RANGE && q.hasValueTo()) {
            s.append(number(q.getValue(), q)).append(" to ").append(number(q.getValueTo(), q));
        } else {
            s.append(number(q.getValue(), q));
        }
        boolean pointsWritten = q.getKind() == QuantityKind.QUANTITY_KIND_PERCENTAGE_POINT
                && q.getCounted().toLowerCase(Locale.ROOT).contains("point");
        if (!q.getCounted().isBlank() && !unitWord(q) && !pointsWritten) {
            s.append(' ').append(q.getCounted().strip());
        }
        return s.toString();
    }

    private static String number(double v, Quantity q) {
        DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        switch (q.getKind()) {
            case QUANTITY_KIND_PERCENT:
                return grouped.format(v) + "%";
            case QUANTITY_KIND_PERCENTAGE_POINT:
                return grouped.format(v) + " percentage points";
            case QUANTITY_KIND_MONEY:
                String code = q.getCurrency().isEmpty() ? q.getUnit() : q.getCurrency();
                if (Math.abs(v) >= 1e9) {
                    return code + " " + grouped.format(v / 1e9) + " billion";
                }
                if (Math.abs(v) >= 1e6) {
                    return code + " " + grouped.format(v / 1e6) + " million";
                }
                return code + " " + grouped.format(v);
            default:
                String unit = q.getUnitText().isBlank() ? q.getUnit() : q.getUnitText().strip();
                return unit.isEmpty() ? grouped.format(v) : grouped.format(v) + " " + unit;
        }
    }
}
