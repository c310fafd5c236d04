package org.rebook.reconcile;

import java.util.Collection;
import java.util.List;
import org.rebook.common.EveryCore;

/**
 * The blocks of {@link ClusterIndex}: reservations by blocking key, in the order they joined, without
 * repeats. Built for size, since a 100 000-reservation incident has millions of keys, most held by one
 * reservation: a key is a 64-bit hash of its text (two texts sharing a hash, about one chance in ten million
 * at that size, only bring a few more candidates to be scored), a block of one is the reservation itself, and
 * a block past {@link #FULL} keeps only that it is full, as no look-up takes a block that large. Keys live in
 * open-addressing tables of primitive longs: a {@code HashMap<Long, ...>} boxed every key of every look-up
 * and followed a pointer per entry, for millions of look-ups while linking.
 *
 * <p>The keys are split over a few tables by their low bits, so that filling the index with many records at
 * once ({@link #addAll}) gives each table to one thread: every key's block still receives its reservations in
 * the records' order, so the index is the same however many threads filled it.
 */
final class BlockTable {
    /** More reservations than any look-up takes from one block ({@link ClusterIndex}'s largest limit). */
    static final int FULL = 401;
    /** Tables the keys are split over: enough for the cores a laptop has, few enough to stay small when empty. */
    private static final int SHARDS = 4;

    private static final List<Integer> SHARD_NUMBERS = java.util.stream.IntStream.range(0, SHARDS).boxed().toList();

    private final Shard[] shards = new Shard[SHARDS];

    BlockTable() {
        for (int i = 0; i < SHARDS; i++) shards[i] = new Shard();
    }

    private static int shardOf(long key) { return (int) key & (SHARDS - 1); }

    private Shard shard(long key) { return shards[shardOf(key)]; }

    void add(long key, Cluster c) { shard(key).add(key, c); }

    /** How many reservations the block holds, {@link #FULL} for any number from there on; 0 when absent. */
    int size(long key) { return shard(key).size(key); }

    /** Adds the block's reservations to {@code out} in the order they joined it (nothing for a full block). */
    void addTo(long key, Collection<Cluster> out) { shard(key).addTo(key, out); }

    /**
     * Adds every key of {@code keys.get(i)} for {@code clusters.get(i)}, for i in order, exactly as calling
     * {@link #add} for each would, with the tables filled on every core (each table by one thread).
     */
    void addAll(List<Cluster> clusters, List<BlockKeys> keys) {
        EveryCore.map(SHARD_NUMBERS, s -> {
            Shard shard = shards[s];
            for (int i = 0; i < clusters.size(); i++) {
                BlockKeys k = keys.get(i);
                for (int j = 0; j < k.size(); j++) {
                    long key = k.hash(j);
                    if (shardOf(key) == s) shard.add(key, clusters.get(i));
                }
            }
            return s;
        });
    }

    /** One table: keys and their blocks, slot by slot. */
    private static final class Shard {
        /** A block of more than one reservation. {@code members} is dropped once the block is full. */
        private static final class Many {
            Cluster[] members = new Cluster[4];
            int size;
        }

        /** Keys and their blocks, slot by slot; a slot is free when its value is null. Grows at half full. */
        private long[] keys = new long[1 << 10];
        /** Value per slot: a {@link Cluster} (a block of one) or a {@link Many}. */
        private Object[] values = new Object[1 << 10];
        private int used;

        void add(long key, Cluster c) {
            int slot = slot(key);
            Object block = values[slot];
            if (block == null) {
                keys[slot] = key;
                values[slot] = c;
                if (++used * 2 > keys.length) grow();
            } else if (block instanceof Cluster one) {
                if (one == c) return;
                Many many = new Many();
                many.members[0] = one;
                many.members[1] = c;
                many.size = 2;
                values[slot] = many;
            } else {
                add((Many) block, c);
            }
        }

        /** The key's slot, or the free slot where it would go (linear probing from a mixed hash). */
        private int slot(long key) {
            int mask = keys.length - 1;
            // Fibonacci hashing: the top bits of the product, as many as the table needs.
            int i = (int) (key * 0x9E3779B97F4A7C15L >>> Long.numberOfLeadingZeros(mask));
            while (values[i] != null && keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        private void grow() {
            long[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Object[oldValues.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] == null) continue;
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }

        private static void add(Many many, Cluster c) {
            if (many.members == null) return; // full: its size is all that is still asked
            for (int i = many.size - 1; i >= 0; i--) if (many.members[i] == c) return; // most repeats are the last one
            if (many.size + 1 == FULL) {
                many.members = null;
            } else {
                if (many.size == many.members.length) many.members = java.util.Arrays.copyOf(many.members, many.size * 2);
                many.members[many.size] = c;
            }
            many.size++;
        }

        int size(long key) {
            Object block = values[slot(key)];
            if (block == null) return 0;
            return block instanceof Cluster ? 1 : ((Many) block).size;
        }

        void addTo(long key, Collection<Cluster> out) {
            Object block = values[slot(key)];
            if (block instanceof Cluster one) {
                out.add(one);
            } else if (block instanceof Many many && many.members != null) {
                for (int i = 0; i < many.size; i++) out.add(many.members[i]);
            }
        }
    }
}
