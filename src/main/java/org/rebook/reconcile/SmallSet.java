package org.rebook.reconcile;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set kept in insertion order in one array, for the handful of e-mails, phones and names a reservation
 * holds. A {@code LinkedHashSet} spends about 150 bytes before its first element; a 100 000-reservation
 * incident has a dozen sets per reservation, most holding one element or none.
 *
 * <p>Each element's hash code is kept beside it, so asking for an element the set does not hold reads no
 * element: scoring asks every reservation blocking brings up for the record's address, phone, card and name
 * words, nearly always in vain, and reaching each string of each reservation was most of scoring's time
 * (the strings lie scattered over the heap). Equal hash codes are confirmed with {@code equals}.
 */
final class SmallSet<E> extends AbstractSet<E> {
    private static final Object[] NONE = {};
    private static final int[] NO_HASHES = {};
    private Object[] items = NONE;
    private int[] hashes = NO_HASHES;
    private int size;

    @Override
    public boolean add(E e) {
        int h = e.hashCode();
        if (indexOf(e, h) >= 0) return false;
        if (size == items.length) {
            int capacity = Math.max(2, size * 2);
            items = Arrays.copyOf(items, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        hashes[size] = h;
        items[size++] = e;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return o != null && indexOf(o, o.hashCode()) >= 0;
    }

    /** Where {@code o} (whose hash code is {@code h}) is, or -1. */
    private int indexOf(Object o, int h) {
        for (int i = 0; i < size; i++) if (hashes[i] == h && items[i].equals(o)) return i;
        return -1;
    }

    @Override
    public int size() { return size; }

    @Override
    public boolean isEmpty() { return size == 0; }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() { return next < size; }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= size) throw new NoSuchElementException();
                return (E) items[next++];
            }
        };
    }
}
