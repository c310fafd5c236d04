package org.rebook.reconcile;

import java.math.BigDecimal;

/**
 * Amounts as whole ten-thousandths in a {@code long}, for the comparisons scoring makes for every candidate
 * pair: comparing two {@link BigDecimal}s reads two objects each time, and at 100k reservations that was a
 * third of the time spent weighing amounts. {@link #NONE} when an amount has finer digits or is beyond any
 * price (the caller then compares the {@code BigDecimal}s), so the answer is always the exact one.
 */
final class Money {
    static final long NONE = Long.MIN_VALUE;
    /** Far beyond any rental price. */
    private static final BigDecimal MAX_UNITS = BigDecimal.valueOf(1_000_000_000_000_000L);

    private Money() { }

    static long units(BigDecimal amount) {
        if (amount == null) return NONE;
        BigDecimal units = amount.movePointRight(4);
        if (units.abs().compareTo(MAX_UNITS) > 0) return NONE;
        try {
            return units.longValueExact();
        } catch (ArithmeticException finerDigits) {
            return NONE;
        }
    }

    /** The sum, or {@link #NONE} when either is or the sum would not fit (a reservation's payments add up here). */
    static long plus(long a, long b) {
        if (a == NONE || b == NONE) return NONE;
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 || sum == NONE ? NONE : sum;
    }

    /** {@code a == b} as amounts: from the units when both have them, otherwise from the decimals. */
    static boolean same(long a, BigDecimal exactA, long b, BigDecimal exactB) {
        return a != NONE && b != NONE ? a == b : exactA.compareTo(exactB) == 0;
    }

    /** {@code a + b == total}: from the units when all three have them, otherwise from the decimals. */
    static boolean sumIs(long a, BigDecimal exactA, long b, BigDecimal exactB, long total, BigDecimal exactTotal) {
        long sum = plus(a, b);
        return sum != NONE && total != NONE ? sum == total : exactA.add(exactB).compareTo(exactTotal) == 0;
    }

    /** {@code a >= b}: from the units when both have them, otherwise from the decimals. */
    static boolean atLeast(long a, BigDecimal exactA, long b, BigDecimal exactB) {
        return a != NONE && b != NONE ? a >= b : exactA.compareTo(exactB) >= 0;
    }
}
