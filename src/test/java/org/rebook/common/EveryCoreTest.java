package org.rebook.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EveryCoreTest {
    @Test
    void mapsEveryItemOnceAndKeepsListOrder() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        List<String> out = EveryCore.map(items, i -> {
            calls.incrementAndGet();
            seen.add(i);
            // Uneven work, as records are: a few items cost far more than the rest.
            if (i % 997 == 0) busy(200_000);
            return "#" + i;
        });
        assertThat(calls.get()).isEqualTo(items.size());
        assertThat(seen).hasSize(items.size());
        assertThat(out).isEqualTo(items.stream().map(i -> "#" + i).toList());
    }

    @Test
    void emptyAndSingleItemListsNeedNoHelper() {
        assertThat(EveryCore.map(List.<Integer>of(), i -> i + 1)).isEmpty();
        assertThat(EveryCore.map(List.of(41), i -> i + 1)).containsExactly(42);
    }

    @Test
    void aFailureStopsTheOtherThreadsAndIsThrownOnceTheyHaveStopped() {
        List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        assertThatThrownBy(() -> EveryCore.map(items, i -> {
            started.incrementAndGet();
            running.incrementAndGet();
            try {
                if (i == 50) throw new IllegalStateException("bad record 50");
                busy(2_000);
                return i;
            } finally {
                running.decrementAndGet();
            }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("bad record 50");
        assertThat(running.get()).as("nothing still running when the failure is thrown").isZero();
        assertThat(started.get()).as("items taken after the failure").isLessThan(items.size());
    }

    private static long busy(int rounds) {
        long x = 0;
        for (int k = 0; k < rounds; k++) x += Long.rotateLeft(x ^ k, 7);
        return x;
    }
}
