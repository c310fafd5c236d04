package org.rebook.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money written the ways people and exports write it: {@code 1234.50}, {@code 1,234.50},
 * {@code 1.234,50}, {@code 0,25}, {@code €1 234,50}, {@code 120 EUR}. The last separator followed by
 * exactly one or two digits is the decimal mark; any other separator groups thousands.
 */
public final class Amounts {
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.,' \u00a0\u202f]*");
    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, and every amount read came here. */
    private static final Pattern GROUPING_BLANKS = Pattern.compile("[' \u00a0\u202f]");
    private static final Pattern SEPARATORS = Pattern.compile("[.,]");

    private Amounts() { }

    /** Parses a bare amount; empty when the text holds no number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = NUMBER.matcher(text.trim());
        if (!m.find()) return Optional.empty();
        String n = m.group().trim();
        boolean negative = n.startsWith("-") || text.trim().startsWith("-") || text.trim().startsWith("(");
        n = GROUPING_BLANKS.matcher(n.replace("-", "")).replaceAll("");
        int lastDot = n.lastIndexOf('.');
        int lastComma = n.lastIndexOf(',');
        int decimalAt = Math.max(lastDot, lastComma);
        String digits;
        if (decimalAt >= 0 && n.length() - decimalAt - 1 >= 1 && n.length() - decimalAt - 1 <= 2) {
            digits = SEPARATORS.matcher(n.substring(0, decimalAt)).replaceAll("") + "." + n.substring(decimalAt + 1);
        } else if (decimalAt >= 0 && lastDot >= 0 && lastComma < 0 && n.indexOf('.') == lastDot
                && n.length() - decimalAt - 1 > 3) {
            digits = n; // 12.3456: a plain decimal with more precision, not a grouping
        } else {
            digits = SEPARATORS.matcher(n).replaceAll("");
        }
        if (digits.isEmpty() || digits.equals(".")) return Optional.empty();
        try {
            BigDecimal value = new BigDecimal(digits);
            return Optional.of(negative ? value.negate() : value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Two decimals, the unit every export uses. */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
