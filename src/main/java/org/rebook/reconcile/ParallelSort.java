package org.rebook.reconcile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;

/** Sorts a list on every core, stably, as {@link List#sort} does: a 100k-record reconcile spent a second sorting on one. */
final class ParallelSort {
    private ParallelSort() { }

    @SuppressWarnings("unchecked")
    static <T> void sort(List<T> list, Comparator<? super T> order) {
        Object[] a = list.toArray();
        Arrays.parallelSort((T[]) a, order); // stable, as List.sort is: equal elements keep their order
        ListIterator<T> it = list.listIterator();
        for (Object e : a) {
            it.next();
            it.set((T) e);
        }
    }
}
