package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallSetTest {
    @Test
    void keepsInsertionOrderAndNoRepeatsLikeALinkedHashSet() {
        Set<String> set = new SmallSet<>();
        assertThat(set).isEmpty();
        assertThat(set.add("b")).isTrue();
        assertThat(set.add("a")).isTrue();
        assertThat(set.add("b")).isFalse();
        set.addAll(java.util.List.of("c", "a", "d"));

        assertThat(set).containsExactly("b", "a", "c", "d");
        assertThat(set.contains(new String("c"))).isTrue();
        assertThat(set.contains("z")).isFalse();
        assertThat(set).isEqualTo(Set.of("a", "b", "c", "d"));
    }

    @Test
    void elementsWithEqualHashCodesAreToldApart() {
        // "Aa" and "BB" have the same hash code: kept beside each element, it only rules elements out.
        Set<String> set = new SmallSet<>();
        set.add("Aa");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(set.contains("BB")).isFalse();
        assertThat(set.add("BB")).isTrue();
        assertThat(set).containsExactly("Aa", "BB");
        assertThat(set.contains(null)).isFalse();
    }
}
