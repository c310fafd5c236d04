package org.rebook.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point numbers for the bundle, exactly as {@code String.format(Locale.ROOT, "%.nf")} writes them (the
 * shortest decimal form of the double, rounded half up) without parsing a format string per value: an export
 * writes one per evidence weight, about a million at 100k reservations.
 */
final class CsvNumbers {
    private CsvNumbers() { }

    /** As {@code "%.<decimals>f"}. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) return String.format(Locale.ROOT, "%." + decimals + "f", value);
        String digits = BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return negative(value) ? "-" + digits : digits;
    }

    /** As {@code "%+.<decimals>f"}: the sign always written. */
    static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) return String.format(Locale.ROOT, "%+." + decimals + "f", value);
        String s = fixed(value, decimals);
        return negative(value) ? s : "+" + s;
    }

    /** Formatter's rule: negative when it compares below zero, so -0.0 and -0.04 keep their minus sign. */
    private static boolean negative(double value) { return Double.compare(value, 0.0) < 0; }
}
