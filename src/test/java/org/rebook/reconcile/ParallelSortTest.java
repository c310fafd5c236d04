package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParallelSortTest {
    private record Item(int key, int arrival) { }

    @Test
    void sortsALargeListInPlaceKeepingEqualElementsInTheirOrderAsListSortDoes() {
        Random random = new Random(3);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) items.add(new Item(random.nextInt(100), i)); // far above the parallel cut-off
        List<Item> expected = new ArrayList<>(items);
        expected.sort(Comparator.comparingInt(Item::key));

        ParallelSort.sort(items, Comparator.comparingInt(Item::key));

        assertThat(items).isEqualTo(expected);
        assertThat(items.get(0).key()).isZero();
        assertThat(items.get(1).arrival()).isGreaterThan(items.get(0).arrival());
    }

    @Test
    void aListAlreadyInOrderIsCheckedButNotWritten() {
        List<Item> inOrder = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) inOrder.add(new Item(i / 3, i));
        List<Item> readOnly = java.util.Collections.unmodifiableList(inOrder); // a write would throw

        ParallelSort.sort(readOnly, Comparator.comparingInt(Item::key));

        assertThat(readOnly).isEqualTo(inOrder);
    }

    @Test
    void aListOutOfOrderOnlyAtItsEndIsStillSorted() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) items.add(new Item(i + 1, i));
        items.add(new Item(0, 50_000));

        ParallelSort.sort(items, Comparator.comparingInt(Item::key));

        assertThat(items.get(0)).isEqualTo(new Item(0, 50_000));
        assertThat(items).isSortedAccordingTo(Comparator.comparingInt(Item::key)).hasSize(50_001);
    }
}
