package io.crosscheck.extraction.domain.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token read as a number written in digits, with what is glued to it: a sign or currency before ("$300",
 * "US$5", "~25", "minus-130", "+0.2"), a second number after a dash ("5-10W", "14-18"), and letters after
 * ("520bhp", "1.5bn", "6.1-inch", "30%"). Null from {@link #parse} when the token holds no such number.
 *
 * @param prefix what stands before the digits ("" when nothing)
 * @param value the number, signed
 * @param valueTo the number after a dash inside the token, or null
 * @param suffix what stands after the digits ("" when nothing)
 * @param integerDigits how many digits before the decimal point, separators excluded (a year has four)
 * @param grouped whether thousands separators were written ("1,500")
 */
public record NumberToken(String prefix, double value, Double valueTo, String suffix, int integerDigits, boolean grouped) {
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";
    private static final Pattern TOKEN = Pattern.compile(
            "^(?<prefix>\\D*?)(?<sign>[-−]?)(?<num>" + NUMBER + ")(?:(?<dash>[-–])(?<num2>" + NUMBER + "))?(?<suffix>\\D*|[a-zA-Z]{1,2}[23])$");
    /** Digits beyond this are no measurement anyone reports; the value would lose its meaning as a double. */
    private static final int MAX_DIGITS = 24;

    public static NumberToken parse(String token) {
        if (token.length() > 64 || token.isEmpty()) {
            return null; // a 10,000-digit run is no quantity; never feed it to the number parser
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String num = m.group("num").replace(",", "");
        int dot = num.indexOf('.');
        int integerDigits = dot < 0 ? num.length() : dot;
        if (num.length() > MAX_DIGITS) {
            return null;
        }
        String prefix = m.group("prefix");
        boolean negative = !m.group("sign").isEmpty();
        if (prefix.toLowerCase(java.util.Locale.ROOT).endsWith("minus")) {
            prefix = prefix.substring(0, prefix.length() - 5); // "minus-130"
            negative = true;
        }
        double value = Double.parseDouble(num);
        if (!Double.isFinite(value)) {
            return null;
        }
        Double valueTo = null;
        String suffix = m.group("suffix");
        if (m.group("num2") != null) {
            valueTo = Double.parseDouble(m.group("num2").replace(",", ""));
        }
        return new NumberToken(prefix, negative ? -value : value, valueTo, suffix, integerDigits, num.length() != m.group("num").length());
    }

    public boolean isInteger() {
        return value == Math.rint(value);
    }
}
