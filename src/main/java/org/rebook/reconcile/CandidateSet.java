package org.rebook.reconcile;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The reservations one look-up brings up, in the order the blocks gave them, each once. Reservations are told
 * apart by identity, as a {@code LinkedHashSet} of them did; but that set allocated an entry per reservation and
 * hashed each one for every look-up (1.7 s of CPU and 200 MB of garbage over five million pairs at 100 000
 * reservations, async-profiler). Here a short set compares against what it holds, and a longer one keeps an open
 * table of positions by identity hash: no object per element.
 */
final class CandidateSet extends AbstractSet<Cluster> {
    /** Up to this many, a linear scan finds a repeat faster than hashing (most look-ups bring up fewer). */
    private static final int SCAN = 16;

    private Cluster[] items = new Cluster[8];
    private int size;
    /** Position + 1 of each element by its identity hash, linear probing; null while the set is short. */
    private int[] table;

    @Override
    public boolean add(Cluster c) {
        int slot = table == null ? -1 : slotOf(c); // one probe answers both "held?" and "where?"
        if (slot < 0 ? contains(c) : table[slot] != 0) return false;
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = c;
        if (slot >= 0) table[slot] = size;
        if (size > SCAN && (table == null || size * 2 > table.length)) rebuildTable();
        return true;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Cluster c)) return false;
        if (table != null) return table[slotOf(c)] != 0;
        for (int i = 0; i < size; i++) if (items[i] == c) return true;
        return false;
    }

    /** The slot holding {@code c}, or the free one where it would go. */
    private int slotOf(Cluster c) {
        int mask = table.length - 1;
        int i = (System.identityHashCode(c) * 0x9E3779B9) >>> 7 & mask;
        while (table[i] != 0 && items[table[i] - 1] != c) i = (i + 1) & mask;
        return i;
    }

    private void rebuildTable() {
        table = new int[Integer.highestOneBit(size) * 4];
        for (int k = 0; k < size; k++) table[slotOf(items[k])] = k + 1;
    }

    @Override
    public int size() { return size; }

    @Override
    public boolean isEmpty() { return size == 0; }

    @Override
    public Iterator<Cluster> iterator() { return Arrays.asList(items).subList(0, size).iterator(); }
}
