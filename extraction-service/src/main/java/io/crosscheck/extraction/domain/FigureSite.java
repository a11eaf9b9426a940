package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one quantity stands in its sentence's parse: the tokens it covers, the token its phrase hangs by
 * (the anchor: "%" of "61%", "€" of "€20", "km" of "10 km"), the noun it counts or quantifies ("people" of
 * "25 people", "gallon" of "$4.50 a gallon") and the heads up to its clause. The frame rules look only
 * here and at the children of these tokens near the figure: a frame is local, and so is its cost.
 */
final class FigureSite {
    /** Relations by which a number or amount modifies the noun after it. */
    private static final java.util.Set<String> MODIFIES_NOUN = java.util.Set.of("nummod", "dep", "compound", "amod",
            "nmod:npmod", "obl:npmod");

    /** The quantity's position in the list being framed. */
    final int index;
    final Quantity quantity;
    final ParsedSentence parse;
    /** First and last token the quantity covers (inclusive). */
    final int first;
    final int last;
    final int anchor;
    /** Whether the quantity carries a unit (money, percent, a measure): then a noun after it is no counted thing. */
    final boolean unit;
    /** The noun the figure counts or quantifies when it modifies one after it; else the anchor. */
    final int nominal;
    /** The anchor, the nominal and their heads up to the clause head, in climbing order. */
    final List<Integer> path;
    final int clause;
    /** The head token of the measure once it is read, else -1: scope, time and event look around it too. */
    int measureHead = -1;

    private FigureSite(int index, Quantity quantity, ParsedSentence parse, int first, int last, int anchor, boolean unit,
            int nominal, List<Integer> path) {
        this.index = index;
        this.quantity = quantity;
        this.parse = parse;
        this.first = first;
        this.last = last;
        this.anchor = anchor;
        this.unit = unit;
        this.nominal = nominal;
        this.path = path;
        this.clause = path.get(path.size() - 1);
    }

    /** The site of a quantity in its sentence, or null when no token of the sentence lies in its span. */
    static FigureSite locate(int index, Quantity q, ParsedSentence p) {
        int start = q.getSpan().getStart();
        int end = q.getSpan().getEnd();
        if (end <= start) {
            return null;
        }
        int first = p.tokenAt(start);
        if (first >= p.size() || p.token(first).start() >= end) {
            return null;
        }
        int last = p.tokenAt(end - 1);
        if (last >= p.size() || p.token(last).start() >= end) {
            last--;
        }
        boolean unit = !q.getUnit().isEmpty() || q.getKind() != QuantityKind.QUANTITY_KIND_UNSPECIFIED
                && q.getKind() != QuantityKind.QUANTITY_KIND_COUNT;
        if (unit) {
            last = unitWritten(q, p, last);
        }
        int anchor = anchor(p, first, last);
        int nominal = anchor;
        int h = p.head(anchor);
        if (h > last && p.token(h).isNoun() && MODIFIES_NOUN.contains(p.dep(anchor))) {
            nominal = h; // "25 people", "$4.50 a gallon", "a $20 fee"
        }
        List<Integer> path = new ArrayList<>();
        if (nominal != anchor) {
            path.add(anchor);
        }
        path.addAll(p.pathToClause(nominal));
        return new FigureSite(index, q, p, first, last, anchor, unit, nominal, List.copyOf(path));
    }

    /**
     * The last token of the figure with its unit: a span that stops before its unit words ("6.2" of "6.2 per
     * cent") is extended over them when they spell the quantity's unit, so that the unit is never taken for
     * what the figure measures. A span that covers its unit is left as it is.
     */
    private static int unitWritten(Quantity q, ParsedSentence p, int last) {
        String unit = squash(q.getUnitText().isEmpty() ? q.getUnit() : q.getUnitText());
        if (unit.isEmpty()) {
            return last;
        }
        StringBuilder written = new StringBuilder();
        for (int i = last + 1; i < Math.min(p.size(), last + 4); i++) {
            written.append(squash(p.token(i).text()));
            if (written.toString().equals(unit)) {
                return i;
            }
            if (!unit.startsWith(written.toString())) {
                break;
            }
        }
        return last;
    }

    private static String squash(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s.]", "");
    }

    /**
     * The token of the span its phrase hangs by: of the tokens whose head lies outside the span, a unit or
     * currency sign before a number ("€" of "€20", "%" of "61%"), else the first.
     */
    private static int anchor(ParsedSentence p, int first, int last) {
        int number = -1;
        for (int i = first; i <= last; i++) {
            int h = p.head(i);
            if (h >= first && h <= last) {
                continue;
            }
            String pos = p.token(i).pos();
            if (pos.startsWith("NN") || pos.equals("$") || pos.equals("SYM")) {
                return i;
            }
            if (number < 0) {
                number = i;
            }
        }
        return number >= 0 ? number : last;
    }

    boolean covers(int token) {
        return token >= first && token <= last;
    }

    /**
     * Whether the figure counts the noun after it ("25 people"), rather than carrying a unit. A year before a
     * singular noun ("the 1962 quake") names the thing and counts nothing.
     */
    boolean counts() {
        return nominal != anchor && !unit && !(YEAR.matcher(parse.token(anchor).text()).matches()
                && !parse.token(nominal).pos().endsWith("S"));
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[12]\\d{3}");

    /** The tokens a frame is read around: anchor, nominal, measure head, then the heads up to the clause. */
    List<Integer> nodes() {
        List<Integer> nodes = new ArrayList<>(path.size() + 1);
        nodes.add(path.get(0));
        if (nominal != path.get(0)) {
            nodes.add(nominal);
        }
        if (measureHead >= 0 && !nodes.contains(measureHead)) {
            nodes.add(measureHead);
        }
        for (int n : path) {
            if (!nodes.contains(n)) {
                nodes.add(n);
            }
        }
        return nodes;
    }
}
