package org.rebook.reconcile;

import java.util.Arrays;

/**
 * A reservation's e-mail addresses, each with its hash code and {@link EmailShape} beside it in one array, so
 * that the two questions scoring asks of every reservation blocking brings up (is the record's address here; is
 * one here a letter off) read one array and no address that cannot answer yes: the addresses themselves lie
 * scattered over the heap, and reaching them was most of the cost of asking.
 */
final class AddressSet {
    private static final String[] NONE = {};
    private static final long[] NO_META = {};
    private String[] addresses = NONE;
    /** Per address, two entries: its hash code, then its shape. */
    private long[] meta = NO_META;
    private int size;

    /** Adds {@code address} (of shape {@code shape}) unless it is here; true if added. */
    boolean add(String address, long shape) {
        if (contains(address)) return false;
        if (size == addresses.length) {
            int capacity = Math.max(2, size * 2);
            addresses = Arrays.copyOf(addresses, capacity);
            meta = Arrays.copyOf(meta, 2 * capacity);
        }
        meta[2 * size] = address.hashCode();
        meta[2 * size + 1] = shape;
        addresses[size++] = address;
        return true;
    }

    boolean contains(String address) {
        long h = address.hashCode();
        for (int i = 0; i < size; i++) if (meta[2 * i] == h && addresses[i].equals(address)) return true;
        return false;
    }

    /** Whether an address here is one letter from {@code address} ({@link LinkScorer#closeEmail(String, String)}). */
    boolean hasCloseTo(String address, long shape) {
        for (int i = 0; i < size; i++) {
            if (EmailShape.mayBeClose(shape, meta[2 * i + 1], LinkScorer.MIN_CLOSE_EMAIL)
                    && LinkScorer.closeEmail(address, addresses[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether an address here, other than a {@code skipped} one, is also in {@code other}. */
    boolean sharesWith(AddressSet other, java.util.function.Predicate<String> skipped) {
        for (int i = 0; i < size; i++) {
            if (other.contains(addresses[i]) && !skipped.test(addresses[i])) return true;
        }
        return false;
    }

    boolean isEmpty() { return size == 0; }

    int size() { return size; }
}
