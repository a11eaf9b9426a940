package io.crosscheck.extraction.domain.figures;

import io.crosscheck.common.v1.QuantityKind;
import systems.uom.common.USCustomary;
import tech.units.indriya.format.SimpleUnitFormat;

import javax.measure.UnitConverter;
import javax.measure.Unit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units and currencies a number may carry, read from {@code quantities/units.tsv} and
 * {@code quantities/currencies.tsv}, converted with Indriya (JSR 385) and named after the JDK's ISO 4217 table.
 */
public final class UnitLexicon {
    /** A unit as answers name it, with the converter to its base unit when the units library has one. */
    public record UnitEntry(String name, QuantityKind kind, UnitConverter toBase, String baseSymbol) {
        public boolean converts() {
            return toBase != null;
        }
    }

    /** A unit found in the words after a number: the entry and how many words it took. */
    public record Match(UnitEntry unit, int words) {
    }

    /** A currency found before or after a number, and how many words it took. */
    public record Money(String code, int words) {
    }

    private static final UnitLexicon INSTANCE = new UnitLexicon();

    /** Forms as word lists; the first word indexes them for a quick look-up. */
    private final Map<String, List<Form>> unitsByFirstWord = new HashMap<>();
    private final Map<String, String> currencyBefore = new HashMap<>();
    private final Map<String, List<Form>> currencyAfterByFirstWord = new HashMap<>();

    private record Form(String[] words, Object target) {
    }

    public static UnitLexicon get() {
        return INSTANCE;
    }

    private UnitLexicon() {
        for (String[] row : DataFiles.rows("quantities/units.tsv")) {
            UnitEntry entry = entry(row[1], QuantityKind.valueOf("QUANTITY_KIND_" + row[2]), row[3]);
            for (String form : row[0].split("\\|")) {
                add(unitsByFirstWord, form, entry);
            }
        }
        // The JDK's English names of every ISO 4217 currency: "Australian Dollar", "Danish Krone", "Japanese Yen".
        for (Currency c : Currency.getAvailableCurrencies()) {
            add(currencyAfterByFirstWord, c.getDisplayName(Locale.ENGLISH), c.getCurrencyCode());
        }
        for (String[] row : DataFiles.rows("quantities/currencies.tsv")) {
            if (!row[2].equals("after")) {
                currencyBefore.put(row[0], row[1]);
            }
            if (!row[2].equals("before")) {
                add(currencyAfterByFirstWord, row[0], row[1]);
            }
        }
    }

    private static void add(Map<String, List<Form>> index, String form, Object target) {
        String[] words = form.trim().split("\\s+");
        index.computeIfAbsent(key(words[0]), k -> new ArrayList<>()).add(new Form(words, target));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && lower.length() > 3 ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static UnitEntry entry(String name, QuantityKind kind, String conversion) {
        Unit<?> unit = null;
        if (conversion.startsWith("si:")) {
            unit = SimpleUnitFormat.getInstance().parse(conversion.substring(3));
        } else if (conversion.startsWith("us:")) {
            try {
                unit = (Unit<?>) USCustomary.class.getField(conversion.substring(3)).get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("units.tsv names no USCustomary unit " + conversion, e);
            }
        }
        if (unit == null) {
            return new UnitEntry(name, kind, null, "");
        }
        Unit<?> base = unit.getSystemUnit();
        try {
            return new UnitEntry(name, kind, unit.getConverterToAny(base), SimpleUnitFormat.getInstance().format(base));
        } catch (javax.measure.IncommensurableException e) {
            throw new IllegalStateException("units.tsv: " + conversion + " does not convert to its system unit", e);
        }
    }

    /** The ISO code of a currency sign or code written before a number ("$", "US$", "€", "EUR"), or null. */
    public String currencyBefore(String sign) {
        String code = currencyBefore.get(sign);
        if (code == null && sign.length() == 3 && sign.chars().allMatch(Character::isLetter)) {
            code = currencyBefore.get(sign.toUpperCase(Locale.ROOT)); // "usd 20"
        }
        return code;
    }

    /** The longest unit form at the start of the words (the word after the number first), or null. */
    public Match unitAt(List<String> words) {
        Form best = longest(unitsByFirstWord, words);
        return best == null ? null : new Match((UnitEntry) best.target(), best.words().length);
    }

    /** The longest currency name at the start of the words ("Australian dollars", "euros", "crowns"), or null. */
    public Money currencyAt(List<String> words) {
        Form best = longest(currencyAfterByFirstWord, words);
        return best == null ? null : new Money((String) best.target(), best.words().length);
    }

    /** The JDK's English name of an ISO 4217 currency ("US Dollar", "Euro"). */
    public static String currencyName(String code) {
        try {
            return Currency.getInstance(code).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static Form longest(Map<String, List<Form>> index, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        Form best = null;
        List<Form> candidates = new ArrayList<>();
        List<Form> byRaw = index.get(words.get(0).toLowerCase(Locale.ROOT));
        List<Form> byKey = index.get(key(words.get(0)));
        if (byRaw != null) {
            candidates.addAll(byRaw);
        }
        if (byKey != null && byKey != byRaw) {
            candidates.addAll(byKey);
        }
        for (Form f : candidates) {
            if (f.words().length <= words.size() && matches(f.words(), words, f.target() instanceof String) && (best == null || f.words().length > best.words().length)) {
                best = f;
            }
        }
        return best;
    }

    /** Currency names of several words and three-letter codes match in any case ("us dollar", "usd"). */
    private static boolean matches(String[] form, List<String> words, boolean currency) {
        boolean anyCase = currency && (form.length > 1 || form[0].length() == 3);
        for (int i = 0; i < form.length; i++) {
            if (!(anyCase && form[i].equalsIgnoreCase(words.get(i))) && !sameWord(form[i], words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Short symbols match their case ("m" is no "M"); words match in any case, singular or plural ("miles per hour"). */
    private static boolean sameWord(String form, String word) {
        if (form.length() <= 2) {
            return form.equals(word);
        }
        if (form.equalsIgnoreCase(word)) {
            return true;
        }
        if (!Character.isLetter(form.charAt(form.length() - 1))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String f = form.toLowerCase(Locale.ROOT);
        return lower.equals(f + "s") || lower.equals(f + "es") || (f.endsWith("y") && lower.equals(f.substring(0, f.length() - 1) + "ies"));
    }
}
