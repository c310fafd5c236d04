package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateSetTest {
    @Test
    void keepsTheOrderAndTheRepeatsOfALinkedHashSetAtEverySize() {
        Random random = new Random(3);
        for (int pool : new int[] {1, 5, 16, 17, 40, 401, 2000}) {
            List<Cluster> clusters = new ArrayList<>();
            for (int i = 0; i < pool; i++) clusters.add(new Cluster("k" + i, null));
            Set<Cluster> expected = new LinkedHashSet<>();
            CandidateSet actual = new CandidateSet();
            for (int n = 0; n < pool * 3; n++) {
                Cluster c = clusters.get(random.nextInt(pool));
                assertThat(actual.add(c)).as("add #%d from %d", n, pool).isEqualTo(expected.add(c));
            }
            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(actual).hasSameSizeAs(expected);
            for (Cluster c : clusters) assertThat(actual.contains(c)).isEqualTo(expected.contains(c));
        }
    }

    @Test
    void equalButDistinctReservationsAreTwoCandidates() {
        Cluster one = new Cluster("same", "REF");
        Cluster other = new Cluster("same", "REF");
        CandidateSet set = new CandidateSet();
        set.add(one);

        assertThat(set.contains(other)).isFalse();
        assertThat(set.add(other)).isTrue();
        assertThat(set).containsExactly(one, other);
        assertThat(set.contains("same")).isFalse();
    }
}
