package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTableTest {
    private static Cluster cluster(int i) { return new Cluster("k" + i, null); }

    private static List<Cluster> members(BlockTable table, long key) {
        List<Cluster> out = new ArrayList<>();
        table.addTo(key, out);
        return out;
    }

    @Test
    void aBlockKeepsItsReservationsInJoiningOrderWithoutRepeats() {
        BlockTable table = new BlockTable();
        Cluster a = cluster(1), b = cluster(2), c = cluster(3);
        for (Cluster x : List.of(a, a, b, a, c, b)) table.add(42L, x);

        assertThat(members(table, 42L)).containsExactly(a, b, c);
        assertThat(table.size(42L)).isEqualTo(3);
        assertThat(table.size(7L)).isZero();
        assertThat(members(table, 7L)).isEmpty();
    }

    @Test
    void aBlockOfOneIsItsReservationAndAddingItAgainChangesNothing() {
        BlockTable table = new BlockTable();
        Cluster a = cluster(1);
        table.add(1L, a);
        table.add(1L, a);

        assertThat(table.size(1L)).isEqualTo(1);
        assertThat(members(table, 1L)).containsExactly(a);
    }

    @Test
    void aFullBlockStaysFullAndGivesNoCandidates() {
        BlockTable table = new BlockTable();
        List<Cluster> many = new ArrayList<>();
        for (int i = 0; i < BlockTable.FULL + 50; i++) many.add(cluster(i));
        for (int i = 0; i < BlockTable.FULL - 1; i++) table.add(5L, many.get(i));
        assertThat(table.size(5L)).isEqualTo(BlockTable.FULL - 1);
        assertThat(members(table, 5L)).hasSize(BlockTable.FULL - 1);

        for (Cluster c : many) table.add(5L, c);

        assertThat(table.size(5L)).isEqualTo(BlockTable.FULL);
        assertThat(members(table, 5L)).isEmpty();
    }

    @Test
    void everyKeyKeepsItsOwnBlockAsTheTableGrows() {
        BlockTable table = new BlockTable();
        Cluster a = cluster(1), b = cluster(2);
        java.util.Random random = new java.util.Random(3);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) keys[i] = i < 3 ? i - 1 : random.nextLong(); // 0 and -1 are keys too
        for (long k : keys) table.add(k, a);
        for (int i = 0; i < keys.length; i += 2) table.add(keys[i], b);

        for (int i = 0; i < keys.length; i++) {
            assertThat(members(table, keys[i])).as("key %d", keys[i]).isEqualTo(i % 2 == 0 ? List.of(a, b) : List.of(a));
        }
        assertThat(table.size(random.nextLong())).isZero();
    }

    @Test
    void keysOfDifferentRulesOrDaysDoNotShareABlock() {
        BlockKeys keys = new BlockKeys();
        java.time.OffsetDateTime day = java.time.OffsetDateTime.parse("2026-05-02T10:00:00+01:00");
        keys.add(BlockKeys.NAME_WORD, "silva");
        keys.add(BlockKeys.EMAIL, "silva");
        keys.add(BlockKeys.NAME_WORD_DAY, "silva", day);
        keys.add(BlockKeys.NAME_WORD_DAY, "silva", day.plusDays(1));
        keys.add(BlockKeys.NAME_WORD_DAY, "silva", day.plusHours(1)); // same day: same key
        keys.add(BlockKeys.NAME_WORD_PRICE, "silva", new java.math.BigDecimal("120.00"));
        keys.add(BlockKeys.NAME_WORD_PRICE, "silva", new java.math.BigDecimal("120")); // same price: same key

        assertThat(keys.hash(0)).isEqualTo(BlockKeys.hash(BlockKeys.NAME_WORD, "silva"));
        assertThat(java.util.stream.LongStream.of(keys.hash(0), keys.hash(1), keys.hash(2), keys.hash(3), keys.hash(5)).distinct())
                .hasSize(5);
        assertThat(keys.hash(4)).isEqualTo(keys.hash(2));
        assertThat(keys.hash(6)).isEqualTo(keys.hash(5));
        assertThat(keys.rule(2)).isEqualTo(BlockKeys.NAME_WORD_DAY);
    }

    @Test
    void fillingManyAtOnceLeavesEveryBlockAsAddingOneByOneWould() {
        java.util.Random random = new java.util.Random(7);
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) clusters.add(cluster(i));
        List<Cluster> filedIn = new ArrayList<>();
        List<BlockKeys> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Few keys, many clusters each: blocks grow past FULL, repeat members, and span every table.
            BlockKeys k = new BlockKeys();
            for (int j = random.nextInt(4); j >= 0; j--) {
                k.add(BlockKeys.EMAIL, "key" + (random.nextInt(5) == 0 ? random.nextInt(3) : random.nextInt(2_000)));
            }
            filedIn.add(clusters.get(random.nextInt(clusters.size())));
            keys.add(k);
        }
        BlockTable oneByOne = new BlockTable();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = 0; j < keys.get(i).size(); j++) oneByOne.add(keys.get(i).hash(j), filedIn.get(i));
        }
        BlockTable atOnce = new BlockTable();
        atOnce.addAll(filedIn, keys);

        for (int key = 0; key < 2_000; key++) {
            long hash = BlockKeys.hash(BlockKeys.EMAIL, "key" + key);
            assertThat(atOnce.size(hash)).isEqualTo(oneByOne.size(hash));
            assertThat(members(atOnce, hash)).isEqualTo(members(oneByOne, hash));
        }
        assertThat(oneByOne.size(BlockKeys.hash(BlockKeys.EMAIL, "key0"))).as("a block that filled up").isEqualTo(BlockTable.FULL);
    }
}
