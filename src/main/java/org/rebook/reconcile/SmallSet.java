package org.rebook.reconcile;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set kept in insertion order in one array, for the handful of e-mails, phones and names a reservation
 * holds. A {@code LinkedHashSet} spends about 150 bytes before its first element; a 100 000-reservation
 * incident has a dozen sets per reservation, most holding one element or none.
 */
final class SmallSet<E> extends AbstractSet<E> {
    private static final Object[] NONE = {};
    private Object[] items = NONE;
    private int size;

    @Override
    public boolean add(E e) {
        if (contains(e)) return false;
        if (size == items.length) items = Arrays.copyOf(items, Math.max(2, size * 2));
        items[size++] = e;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) if (items[i].equals(o)) return true;
        return false;
    }

    @Override
    public int size() { return size; }

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
