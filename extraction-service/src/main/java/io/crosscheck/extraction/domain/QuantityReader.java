package io.crosscheck.extraction.domain;

import io.crosscheck.common.v1.Quantity;
import io.crosscheck.common.v1.QuantityBound;
import io.crosscheck.common.v1.QuantityChange;
import io.crosscheck.common.v1.QuantityForm;
import io.crosscheck.common.v1.QuantityKind;
import io.crosscheck.common.v1.Span;
import io.crosscheck.extraction.domain.figures.FigureWords;
import io.crosscheck.extraction.domain.figures.NotAQuantity;
import io.crosscheck.extraction.domain.figures.NumberSpotter;
import io.crosscheck.extraction.domain.figures.NumberWords;
import io.crosscheck.extraction.domain.figures.UnitLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads every quantity of a text, claim or not, the way CQE annotates them: counts, money, percentages and
 * percentage points, measures with units, ages, proportions, ranges, spelled numbers and scale words — with the
 * value, the unit by its canonical name (converted to its base unit by Indriya where it converts), the currency,
 * the scale word, what a count counts, the bound ("at least") and whether the number is a level or the size of a
 * change. Years, dates, clock times, ordinals, list numbers and numbers inside names are left out
 * ({@link NotAQuantity}). Work is linear in the number of tokens: each number looks at a few tokens around it.
 */
public final class QuantityReader {
    /** Words a unit or currency name may take after a number ("degrees Fahrenheit", "on the Richter scale"). */
    private static final int UNIT_WORDS = 4;
    /** Words a counted noun phrase may take ("first-team players", "digital and physical sales"). */
    private static final int COUNTED_WORDS = 4;

    private final UnitLexicon units = UnitLexicon.get();

    public List<Quantity> read(AnalyzedText text) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Read> inSentence = new ArrayList<>();
            int i = 0;
            while (i < s.tokens().size()) {
                Read r = readAt(text.text(), s, i);
                if (r == null) {
                    i++;
                    continue;
                }
                if (r.quantity != null) {
                    inSentence.add(r);
                }
                i = Math.max(i + 1, r.nextToken);
            }
            out.addAll(mergeRanges(text.text(), s, inSentence));
        }
        return out;
    }

    /** A quantity read at a token, where reading goes on, and the tokens it spans. */
    private record Read(Quantity.Builder quantity, int nextToken, int firstToken, int lastToken) {
    }

    private Read readAt(String raw, Sentence s, int i) {
        NumberSpotter.Spotted n = NumberSpotter.at(s, i);
        if (n == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int start = tokens.get(n.first()).start();
        int end = tokens.get(n.last()).end();
        int next = n.last() + 1;
        double value = n.value();
        Double valueTo = n.valueTo();
        Double scale = n.scale();
        String currency = "";
        UnitLexicon.UnitEntry unit = null;
        String unitText = "";
        String countedGlued = "";

        // Before the digits: a sign or currency glued to them ("$300", "US$5", "~25"), or in the tokens before.
        String prefix = n.prefix();
        boolean approximateSign = false;
        if (!prefix.isEmpty()) {
            String sign = prefix.replaceAll("[~≈+]+$", "");
            approximateSign = prefix.endsWith("~") || prefix.endsWith("≈");
            String rest = prefix.replaceAll("^[~≈]", "");
            String code = units.currencyBefore(rest.replace("+", ""));
            if (code != null) {
                currency = code;
            } else if (!sign.isEmpty() && !sign.matches("[~≈+]*")) {
                // letters glued before digits: a name like "V10" unless they are a currency
                if (units.currencyBefore(sign) == null) {
                    return skip(s, n);
                }
                currency = units.currencyBefore(sign);
            }
        }
        int firstToken = n.first();
        if (currency.isEmpty() && n.first() >= 2 && tokens.get(n.first() - 1).text().equals("-")
                && tokens.get(n.first() - 1).end() == tokens.get(n.first()).start()) {
            Before signed = currencyBefore(s, n.first() - 1); // "$-20.4bn": a negative amount
            if (signed != null) {
                currency = signed.code;
                firstToken = signed.firstToken;
                start = tokens.get(firstToken).start();
                value = -value;
            }
        }
        if (currency.isEmpty()) {
            Before before = currencyBefore(s, n.first());
            if (before != null) {
                currency = before.code;
                firstToken = before.firstToken;
                start = tokens.get(firstToken).start();
                if (before.scale != null) {
                    value *= before.scale;
                    valueTo = valueTo == null ? null : valueTo * before.scale;
                    scale = before.scale;
                }
            }
        }
        if (n.first() > 0 && tokens.get(n.first() - 1).lower().equals("minus") && value > 0) {
            value = -value;
            start = tokens.get(n.first() - 1).start();
            firstToken = n.first() - 1;
        }

        // Glued after the digits: scale ("1.5bn", "$12.5M"), percent, a unit ("520bhp", "6.1-inch"), or a noun;
        // a trailing plus ("100+") bounds the value from below.
        String suffix = n.suffix();
        boolean plusAfter = suffix.endsWith("+");
        if (plusAfter) {
            suffix = suffix.substring(0, suffix.length() - 1);
        }
        if (!suffix.isEmpty()) {
            Glued g = glued(suffix, !currency.isEmpty());
            if (g == null) {
                return skip(s, n);
            }
            if (g.scale != null) {
                value *= g.scale;
                valueTo = valueTo == null ? null : valueTo * g.scale;
                scale = g.scale;
            }
            if (g.unit != null) {
                unit = g.unit;
                unitText = g.unitText;
            }
            countedGlued = g.noun;
            if (!g.currency.isEmpty()) {
                currency = g.currency; // "115USD"
            }
        }

        // After the number: scale words already read; then currency names, percent, units.
        int j = next;
        if (n.approximatePlural() && j + 1 < tokens.size() && tokens.get(j).lower().equals("of")) {
            UnitLexicon.Money money = units.currencyAt(words(tokens, j + 1, UNIT_WORDS));
            if (money != null) {
                // "millions of dollars": an order of magnitude of money
                currency = money.code();
                unitText = span(raw, tokens, j + 1, j + money.words());
                end = tokens.get(j + money.words()).end();
                j += money.words() + 1;
            }
        }
        if (unit == null && currency.isEmpty()) {
            UnitLexicon.Money money = units.currencyAt(words(tokens, j, UNIT_WORDS));
            Money scaled = money == null && j < tokens.size() ? money(tokens.get(j).text()) : null;
            if (money == null && scaled != null) {
                money = new UnitLexicon.Money(scaled.code, 1);
            }
            if (money != null && !isVerbHere(tokens, j)) {
                currency = money.code();
                unitText = span(raw, tokens, j, j + money.words() - 1);
                end = tokens.get(j + money.words() - 1).end();
                j += money.words();
                double factor = scaled != null && scaled.scale != null ? scaled.scale : 1;
                // "75 USD million": the scale word after the currency
                if (j < tokens.size() && NumberWords.isScale(tokens.get(j).text()) && scale == null && factor == 1) {
                    factor = NumberWords.word(tokens.get(j).text()).value();
                    end = tokens.get(j).end();
                    j++;
                }
                if (factor != 1) {
                    value *= factor;
                    valueTo = valueTo == null ? null : valueTo * factor;
                    scale = factor;
                }
            }
        }
        if (!currency.isEmpty() && j < tokens.size() && (tokens.get(j).text().equals("US") || tokens.get(j).text().equals("U.S."))
                && currency.equals("USD")) {
            end = tokens.get(j).end(); // "$76 US"
            j++;
        }
        if (unit == null && currency.isEmpty() && countedGlued.isEmpty()) {
            UnitLexicon.Match m = units.unitAt(words(tokens, j, UNIT_WORDS));
            if (m != null && !unitIsAWordOfTheSentence(tokens, j, m)) {
                unit = m.unit();
                unitText = span(raw, tokens, j, j + m.words() - 1);
                end = tokens.get(j + m.words() - 1).end();
                j += m.words();
            }
        }
        // A rate: "$10 per gram", "$3,500 a month", "11 feet per century", "52,000 barrel-a-day".
        String per = "";
        if ((unit != null || !currency.isEmpty()) && j + 1 < tokens.size()
                && FigureWords.RATE_WORDS.contains(tokens.get(j).lower())) {
            List<String> after = words(tokens, j + 1, UNIT_WORDS);
            UnitLexicon.Match m = units.unitAt(after);
            int w = m != null ? m.words() : (tokens.get(j + 1).isNoun() ? 1 : 0);
            if (w > 0) {
                per = m != null ? m.unit().name() : tokens.get(j + 1).lower();
                unitText = unitText.isEmpty() ? span(raw, tokens, j, j + w) : unitText + " " + span(raw, tokens, j, j + w);
                end = tokens.get(j + w).end();
                j += w + 1;
            }
        }

        // Ages in apposition: "Ilse Maren, 66, has said …".
        boolean appositiveAge = unit == null && currency.isEmpty() && isAppositiveAge(s, n.first(), n.last(), value);

        boolean hasUnit = unit != null || !countedGlued.isEmpty() || appositiveAge || !per.isEmpty();
        NotAQuantity.Candidate candidate = new NotAQuantity.Candidate(s, n.first(), n.last(), n.digits(), hasUnit,
                !currency.isEmpty(), scale != null);
        if (!n.approximatePlural() && NotAQuantity.rejectedBy(candidate) != null) {
            return new Read(null, Math.max(j, n.last() + 1), n.first(), n.last());
        }

        if (!Double.isFinite(value) || valueTo != null && !Double.isFinite(valueTo)) {
            // "9 trillion trillion trillion …" past double range: no value anyone could compare
            return new Read(null, Math.max(j, n.last() + 1), n.first(), n.last());
        }
        Quantity.Builder q = Quantity.newBuilder().setValue(value).setForm(QuantityForm.QUANTITY_FORM_SINGLE);
        if (valueTo != null) {
            q.setValueTo(valueTo).setForm(QuantityForm.QUANTITY_FORM_RANGE);
        }
        if (scale != null) {
            q.setScale(scale);
        }
        QuantityKind kind;
        if (!currency.isEmpty()) {
            kind = QuantityKind.QUANTITY_KIND_MONEY;
            q.setCurrency(currency).setUnit(UnitLexicon.currencyName(currency));
        } else if (unit != null) {
            kind = unit.kind();
            q.setUnit(unit.name());
            if (unit.converts() && Double.isFinite(unit.toBase().convert(value))) {
                q.setBaseValue(unit.toBase().convert(value)).setBaseUnit(unit.baseSymbol());
                if (valueTo != null) {
                    q.setBaseValueTo(unit.toBase().convert((double) valueTo));
                }
            }
        } else if (appositiveAge || ageBefore(tokens, firstToken)) {
            kind = QuantityKind.QUANTITY_KIND_AGE;
            q.setUnit("year of age");
        } else if (n.digits() == null && value > 0 && value < 1) {
            kind = QuantityKind.QUANTITY_KIND_PROPORTION; // "two-thirds of", "half of"
        } else {
            String scaleNoun = scaleNounBefore(tokens, firstToken);
            kind = scaleNoun != null ? QuantityKind.QUANTITY_KIND_SCALE_VALUE : QuantityKind.QUANTITY_KIND_COUNT;
            if (scaleNoun != null) {
                q.setUnit(scaleNoun); // "magnitude 6.8", "category 4"
            }
        }
        if (!per.isEmpty()) {
            q.setUnit((q.getUnit().isEmpty() ? "" : q.getUnit() + " ") + "per " + per);
            q.clearBaseValue().clearBaseValueTo().setBaseUnit("");
        }
        q.setKind(kind).setUnitText(unitText);
        if (!countedGlued.isEmpty()) {
            // "28-point plan": what the hyphenated count modifies is what is counted.
            String noun = j < tokens.size() && tokens.get(j).isNoun() ? " " + tokens.get(j).lower() : "";
            q.setCounted(countedGlued + noun);
            if (!noun.isEmpty()) {
                end = tokens.get(j).end();
                j++;
            }
        } else if (kind == QuantityKind.QUANTITY_KIND_COUNT || kind == QuantityKind.QUANTITY_KIND_PROPORTION) {
            String byParse = countedByParse(tokens, n.last(), j);
            q.setCounted(byParse != null ? byParse : counted(tokens, j));
        }

        // The bound: "at least", "about", "up to" before; "or more" after; a glued "~".
        FigureWords.Bound bound = FigureWords.boundBefore(raw, start);
        FigureWords.Bound after = FigureWords.boundAfter(raw, end);
        if (bound != null) {
            q.setQualifier(bound.words()).setBound(bound.bound());
        } else if (after != null) {
            q.setQualifier(after.words()).setBound(after.bound());
        } else if (plusAfter) {
            q.setQualifier("+").setBound(QuantityBound.QUANTITY_BOUND_AT_LEAST);
        } else if (approximateSign) {
            q.setQualifier("~").setBound(QuantityBound.QUANTITY_BOUND_APPROXIMATE);
        } else {
            q.setBound(QuantityBound.QUANTITY_BOUND_EXACT);
        }
        int qualifierStart = bound != null ? start - bound.words().length() - 1 : start;
        q.setChange(FigureWords.change(s, firstToken, qualifierStart, n.prefix().startsWith("+")));
        q.setText(raw.substring(start, end)).setSpan(span(start, end));
        return new Read(q, Math.max(j, n.last() + 1), firstToken, Math.max(n.last(), j - 1));
    }



    private static Read skip(Sentence s, NumberSpotter.Spotted n) {
        return new Read(null, n.last() + 1, n.first(), n.last());
    }

    private record Before(String code, int firstToken, Double scale) {
        Before(String code, int firstToken) {
            this(code, firstToken, null);
        }
    }

    /** "$", "US $", "$ US", "$ A", "Y =" as tokens before the number. */
    private Before currencyBefore(Sentence s, int first) {
        List<Token> t = s.tokens();
        if (first >= 2) {
            String two = t.get(first - 2).text() + t.get(first - 1).text();
            if (t.get(first - 2).end() == t.get(first - 1).start() || t.get(first - 2).text().equals("US")) {
                String code = units.currencyBefore(two);
                if (code != null) {
                    return new Before(code, first - 2);
                }
            }
        }
        if (first >= 1) {
            Money scaled = t.get(first - 1).text().length() == 4 ? money(t.get(first - 1).text()) : null;
            if (scaled != null && scaled.scale != null) {
                return new Before(scaled.code, first - 1, scaled.scale); // "MAUD 60"
            }
            String code = units.currencyBefore(t.get(first - 1).text());
            if (code != null && (code.length() == 3 || t.get(first - 1).end() == t.get(first).start()
                    || !Character.isLetter(t.get(first - 1).text().charAt(0)))) {
                if (Character.isLetter(t.get(first - 1).text().charAt(0)) && t.get(first - 1).text().length() < 3
                        && t.get(first - 1).end() != t.get(first).start()) {
                    return null; // "R 5", "PS 4": a letter standing alone is no currency sign
                }
                return new Before(code, first - 1);
            }
        }
        return null;
    }

    /** What was glued after the digits. */
    private record Glued(Double scale, UnitLexicon.UnitEntry unit, String unitText, String noun, String currency) {
        Glued(Double scale, UnitLexicon.UnitEntry unit, String unitText, String noun) {
            this(scale, unit, unitText, noun, "");
        }
    }

    private Glued glued(String suffix, boolean money) {
        // "PS4.1m." at the end of a sentence: the tokenizer keeps the full stop on the abbreviation
        String rest = suffix.length() > 1 && suffix.endsWith(".") ? suffix.substring(0, suffix.length() - 1) : suffix;
        Double scale = null;
        if (rest.equals("s") || rest.equals("'s") || rest.equals("’s")) {
            return null; // "the 1990s", "Channel 5s", "2018s best": a decade or a name
        }
        if (rest.equals("%")) {
            return new Glued(null, units.unitAt(List.of("%")).unit(), "%", "");
        }
        // A scale letter or word: "1.5bn", "$12.5M", "$50k", "USD10m", "$35-billion" (a lone "m" is a metre
        // unless money).
        if (rest.startsWith("-") && NumberWords.isScale(rest.substring(1).split("-")[0])) {
            rest = rest.substring(1);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String word : new String[] {"billion", "million", "trillion", "thousand", "bn", "mn", "mln", "tn", "trn", "m", "b", "k"}) {
            if (lower.equals(word) || lower.startsWith(word + "-")) {
                boolean letter = word.length() == 1;
                if (letter && !money && !rest.startsWith("M") && !(word.equals("k") || word.equals("b") && money)) {
                    continue;
                }
                if (letter && word.equals("b") && !money) {
                    continue;
                }
                scale = switch (word) {
                    case "billion", "bn", "b" -> 1e9;
                    case "million", "mn", "mln", "m" -> 1e6;
                    case "trillion", "tn", "trn" -> 1e12;
                    default -> 1e3;
                };
                rest = rest.substring(word.length());
                break;
            }
        }
        if (rest.isEmpty()) {
            return new Glued(scale, null, "", "");
        }
        String bare = rest.startsWith("-") ? rest.substring(1) : rest;
        if (bare.isEmpty()) {
            return null;
        }
        Money glued = money(bare);
        if (glued != null) {
            Double combined = scale == null ? glued.scale : Double.valueOf(scale * (glued.scale == null ? 1 : glued.scale));
            return new Glued(combined, null, bare, "", glued.code);
        }
        List<String> words = List.of(bare.split("-"));
        UnitLexicon.Match m = units.unitAt(List.of(bare));
        if (m == null) {
            m = units.unitAt(words);
            if (m != null && m.words() != words.size()) {
                m = null;
            }
        }
        if (m != null) {
            return new Glued(scale, m.unit(), bare, "");
        }
        if (rest.startsWith("-") && bare.chars().allMatch(Character::isLetter)) {
            return new Glued(scale, null, "", bare.toLowerCase(Locale.ROOT)); // "28-point" plan
        }
        return null;
    }

    /** A currency written as one word, with a scale letter before an ISO code: "USD", "€", "MEUR" (millions). */
    private record Money(String code, Double scale) {
    }

    private Money money(String word) {
        String code = units.currencyBefore(word);
        if (code == null) {
            UnitLexicon.Money after = units.currencyAt(List.of(word));
            code = after != null && after.words() == 1 ? after.code() : null;
        }
        if (code != null) {
            return new Money(code, null);
        }
        if (word.length() == 4 && (word.charAt(0) == 'M' || word.charAt(0) == 'k') && word.substring(1).chars().allMatch(Character::isUpperCase)) {
            String scaled = units.currencyBefore(word.substring(1));
            return scaled == null ? null : new Money(scaled, word.charAt(0) == 'M' ? 1e6 : 1e3); // "MEUR", "kUSD"
        }
        return null;
    }

    /** The lower-cased words from token j on, at most n, stopping at sentence punctuation. */
    private static List<String> words(List<Token> tokens, int j, int n) {
        List<String> out = new ArrayList<>();
        for (int k = j; k < tokens.size() && out.size() < n; k++) {
            String t = tokens.get(k).text();
            if (t.equals(",") || t.equals(";") || t.equals("(") || t.equals(")")) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /** "won" after a number is a verb ("3 won"), not the Korean currency; a finite verb is never a unit. */
    private static boolean isVerbHere(List<Token> tokens, int j) {
        return j < tokens.size() && tokens.get(j).pos().startsWith("VB");
    }

    /**
     * A unit symbol that is a word of the sentence here: "5 in the morning" ("in"), "3 a month" never reach this,
     * but "12 C" in a list of grades or "2 m" before a verb would; symbols of one or two letters need a lower-case or
     * punctuation token after them or the end of the clause.
     */
    private static boolean unitIsAWordOfTheSentence(List<Token> tokens, int j, UnitLexicon.Match m) {
        Token t = tokens.get(j);
        if (m.words() > 1 || t.text().length() > 2 || !Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        return t.pos().startsWith("VB") || t.pos().equals("IN") || t.pos().equals("DT") || t.pos().equals("PRP")
                || t.pos().equals("CC") || t.pos().equals("TO");
    }

    private static boolean isAppositiveAge(Sentence s, int first, int last, double value) {
        List<Token> t = s.tokens();
        if (first < 2 || last + 1 >= t.size() || value < 1 || value > 120 || value != Math.rint(value)) {
            return false;
        }
        Token comma = t.get(first - 1);
        Token name = t.get(first - 2);
        Token after = t.get(last + 1);
        return comma.text().equals(",") && (after.text().equals(",") || after.text().equals(")"))
                && name.ner() != null && name.ner().equals("PERSON");
    }

    /** "over the age of 21", "aged 66", "ages 55 to 65": the number is an age. */
    private static boolean ageBefore(List<Token> tokens, int first) {
        return first >= 1 && (tokens.get(first - 1).lower().equals("aged") || tokens.get(first - 1).lower().equals("ages"))
                || first >= 2 && tokens.get(first - 1).lower().equals("of") && tokens.get(first - 2).lower().equals("age");
    }


    private static String scaleNounBefore(List<Token> tokens, int first) {
        if (first < 1) {
            return null;
        }
        String before = tokens.get(first - 1).lower();
        return FigureWords.SCALE_NOUNS.contains(before) ? before : null;
    }

    /**
     * The noun the parse makes the number a numeric modifier of, with the words between: "two new Aero 320 jets",
     * "4.3M digital and physical sales", "3.7 rebounds" (tagged as a verb, parsed as the noun it is). Null when the
     * parse says nothing of the kind.
     */
    private static String countedByParse(List<Token> tokens, int number, int from) {
        Token t = tokens.get(number);
        if (!t.dep().equals("nummod") || t.head() < from || t.head() - from >= COUNTED_WORDS + 2) {
            return null;
        }
        Token head = tokens.get(t.head());
        boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS")
                || head.pos().equals("VBZ") && head.lower().endsWith("s") && Character.isLowerCase(head.text().charAt(0));
        if (!plural && !head.pos().startsWith("NN")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int k = from; k <= head.index(); k++) {
            Token w = tokens.get(k);
            if (w.isPunctuation() && !w.text().equals("-")) {
                return null;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.pos().startsWith("NNP") || w.pos().equals("CD") ? w.text() : w.lower());
        }
        return out.toString();
    }

    /**
     * The noun phrase a count counts: "seven people", "22 goals", "seven European countries", "one of the most
     * spectacular catches" (past "of the most"), "1 million barrels of oil" (unit first). Adjectives and nouns up
     * to the head noun.
     */
    private static String counted(List<Token> tokens, int j) {
        int k = j;
        if (k + 1 < tokens.size() && tokens.get(k).lower().equals("of")) {
            k++;
            if (k < tokens.size() && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().equals("PRP$"))) {
                k++;
            }
            if (k < tokens.size() && (tokens.get(k).lower().equals("most") || tokens.get(k).lower().equals("best"))) {
                k++;
            }
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (; k < tokens.size() && words < COUNTED_WORDS; k++) {
            Token t = tokens.get(k);
            boolean modifier = t.pos().startsWith("JJ") || t.pos().equals("VBN") && words == 0 || t.pos().equals("NN") || t.pos().equals("NNP");
            boolean head = t.pos().equals("NNS") || t.pos().equals("NNPS");
            if (!modifier && !head) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(t.pos().startsWith("NNP") ? t.text() : t.text().toLowerCase(Locale.ROOT));
            words++;
            if (head) {
                break;
            }
            // a singular noun heads the phrase unless another noun follows ("heart transplants")
            if (t.pos().equals("NN") && !(k + 1 < tokens.size() && tokens.get(k + 1).isNoun())) {
                break;
            }
        }
        String s = out.toString();
        // an adjective alone is no thing counted ("13 others" keeps its noun; "two new" does not)
        return words == 1 && s.length() > 0 && k < tokens.size() && !tokens.get(Math.min(k, tokens.size() - 1)).isNoun()
                && tokens.get(j).pos().startsWith("JJ") ? "" : s;
    }

    /**
     * "from 40,000 to 60,000" is a change, "between 30 and 40", "15 to 22 mph", "5-10W" a range: one quantity with
     * value_to. Units and scales written once serve both ends ("1 to 2 thousand people"). "by $43.6 billion to
     * $419.2 billion" and "7% to $2.3 billion" stay two.
     */
    private static List<Quantity> mergeRanges(String text, Sentence s, List<Read> in) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Quantity.Builder a = in.get(i).quantity;
            if (i + 1 < in.size() && !a.hasValueTo()) {
                Quantity.Builder b = in.get(i + 1).quantity;
                Quantity compound = moneyAndCents(text, a, b);
                if (compound != null) {
                    out.add(compound);
                    i++;
                    continue;
                }
                Quantity merged = range(text, a, b);
                if (merged != null) {
                    out.add(merged);
                    i++;
                    continue;
                }
            }
            out.add(a.build());
        }
        return out;
    }

    /** "thirteen dollars and forty-five cents", "15 dollars 50": one amount written in two units of a currency. */
    private static Quantity moneyAndCents(String text, Quantity.Builder a, Quantity.Builder b) {
        if (a.getKind() != QuantityKind.QUANTITY_KIND_MONEY || a.getUnitText().isEmpty() || a.getValue() != Math.rint(a.getValue())
                || a.hasScale() || b.getValue() != Math.rint(b.getValue()) || b.getValue() < 1 || b.getValue() >= 100) {
            return null;
        }
        boolean cents = b.getUnit().equals("cent") || b.getUnit().equals("penny");
        if (!cents && !(b.getUnit().isEmpty() && b.getCounted().isEmpty())) {
            return null;
        }
        String between = text.substring(a.getSpan().getEnd(), b.getSpan().getStart()).strip().toLowerCase(Locale.ROOT);
        if (!between.isEmpty() && !between.equals("and")) {
            return null;
        }
        return a.clone().setValue(a.getValue() + b.getValue() / 100).setText(text.substring(a.getSpan().getStart(), b.getSpan().getEnd()))
                .setSpan(span(a.getSpan().getStart(), b.getSpan().getEnd())).build();
    }

    private static Quantity range(String text, Quantity.Builder a, Quantity.Builder b) {
        int aEnd = a.getSpan().getEnd();
        int bStart = b.getSpan().getStart();
        if (bStart < aEnd || bStart - aEnd > 12) {
            return null;
        }
        String between = text.substring(aEnd, bStart).strip().toLowerCase(Locale.ROOT);
        int aStart = a.getSpan().getStart() - (a.getQualifier().isEmpty() || a.getQualifier().equals("~") ? 0 : a.getQualifier().length() + 1);
        String before = text.substring(Math.max(0, aStart - 9), Math.max(0, aStart)).toLowerCase(Locale.ROOT);
        boolean from = before.endsWith("from ");
        boolean connector = between.equals("to") || between.equals("-") || between.equals("–") || between.equals("to-")
                || between.equals("and") && before.endsWith("between ");
        if (!connector || before.endsWith("by ")) {
            return null;
        }
        boolean aBare = a.getUnit().isEmpty() && a.getCurrency().isEmpty();
        boolean bBare = b.getUnit().isEmpty() && b.getCurrency().isEmpty();
        boolean sameUnit = a.getUnit().equals(b.getUnit()) && a.getCurrency().equals(b.getCurrency());
        if (!sameUnit && !aBare && !(bBare && from)) {
            return null; // "7% to $2.3 billion"; but "from 208 pounds to 193" shares the unit
        }
        double low = a.getValue();
        if ((aBare || sameUnit) && !a.hasScale() && b.hasScale() && Math.abs(low) < 1000
                && Math.abs(low) * b.getScale() <= Math.abs(b.getValue()) * 1.0001) {
            low = low * b.getScale(); // "1 to 2 thousand", "3 to 5 million", "$3–$4 trillion"
        }
        Quantity.Builder r = (aBare ? b.clone() : a.clone()).setValue(low).setValueTo(b.getValue())
                .setForm(from ? QuantityForm.QUANTITY_FORM_CHANGE : QuantityForm.QUANTITY_FORM_RANGE)
                .setText(text.substring(a.getSpan().getStart(), b.getSpan().getEnd()))
                .setSpan(span(a.getSpan().getStart(), b.getSpan().getEnd()))
                .setQualifier(a.getQualifier()).setBound(a.getBound()).setChange(a.getChange());
        if (r.getCounted().isEmpty()) {
            r.setCounted(b.getCounted().isEmpty() ? a.getCounted() : b.getCounted());
        }
        Quantity.Builder unitSide = aBare ? b : a;
        if (unitSide.hasBaseValue()) {
            double factor = unitSide.getBaseValue() / (unitSide.getValue() == 0 ? 1 : unitSide.getValue());
            // a scale factor carries over to the other end; temperatures (base unit K) convert with an offset
            if (unitSide.getValue() != 0 && !unitSide.getBaseUnit().equals("K")) {
                r.setBaseValue(low * factor).setBaseValueTo(b.getValue() * factor);
            } else {
                r.clearBaseValue().clearBaseValueTo();
            }
        }
        return r.build();
    }

    private static String span(String raw, List<Token> tokens, int from, int to) {
        return raw.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    private static Span span(int start, int end) {
        return Span.newBuilder().setStart(start).setEnd(end).build();
    }

}
