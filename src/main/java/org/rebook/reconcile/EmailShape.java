package org.rebook.reconcile;

/**
 * What {@link LinkScorer#closeEmail} must know of an address to rule it out without reading it, in one number: its
 * length, a hash of its digits, and which letters it holds. Two addresses one edit apart with the same digits have
 * lengths at most one apart, the same digits, and letter sets that differ by at most the two letters the edit
 * swapped; an address of another length, other digits or other letters is not close, and scoring (which asks every
 * reservation blocking brings up) need not reach its string, scattered over the heap, to know it.
 */
final class EmailShape {
    /** The length field's largest value: at or beyond it the length is not known exactly, so nothing is ruled out. */
    private static final int LONG = 0xFFFF;

    private EmailShape() { }

    static long of(String email) {
        int length = Math.min(email.length(), LONG);
        int digits = 0;
        int letters = 0;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (Character.isDigit(c)) digits = 31 * digits + c; // the digits LinkScorer.digits keeps
            letters |= 1 << (c & 31);
        }
        return length | (long) (digits & 0xFFFF) << 16 | (long) letters << 32;
    }

    /**
     * False when {@code a} and {@code b} cannot be close as {@link LinkScorer#closeEmail} means it: both at least
     * {@code minLength} long, one edit apart, with the same digits. True means they may be: read them to know.
     */
    static boolean mayBeClose(long a, long b, int minLength) {
        int la = (int) (a & 0xFFFF);
        int lb = (int) (b & 0xFFFF);
        if (la == LONG || lb == LONG) return true;
        if (la < minLength || lb < minLength || Math.abs(la - lb) > 1) return false;
        if ((a >>> 16 & 0xFFFF) != (b >>> 16 & 0xFFFF)) return false;
        return Integer.bitCount((int) (a >>> 32) ^ (int) (b >>> 32)) <= 2;
    }
}
