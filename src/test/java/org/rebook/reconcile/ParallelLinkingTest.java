package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;

/**
 * Deciding records ahead on several cores must give exactly what deciding them one at a time gives. The
 * incident is made to collide: few names, repeat customers, payments from other addresses, and records that
 * start reservations which later records of the same batch should find.
 */
class ParallelLinkingTest {
    private static final String[] FIRST = {"Maria", "Ana", "João", "Pedro", "Oskar", "Lena", "Bob", "Robert"};
    private static final String[] LAST = {"Silva", "Santos", "Nyström", "Costa", "Weber", "Rossi"};

    @Test
    void decidingAheadInBatchesGivesTheSameReservationsAsOneAtATime() {
        List<Observation> incident = collidingIncident(new Random(3), 400);
        ReconcileSettings settings = ReconcileSettings.defaults();
        Scoring scoring = Scoring.learn(incident, settings);

        ReconcileResult oneAtATime = new Reconciler(settings).withLinkBatch(1)
                .reconcile(incident, Constraints.none(), id -> false, scoring);
        for (int batch : new int[] {7, 64, Reconciler.LINK_BATCH, 5000}) {
            ReconcileResult ahead = new Reconciler(settings).withLinkBatch(batch)
                    .reconcile(incident, Constraints.none(), id -> false, scoring);
            assertThat(ahead.reservations()).as("batch of %d", batch).isEqualTo(oneAtATime.reservations());
            assertThat(ahead.unmatched()).as("batch of %d", batch).isEqualTo(oneAtATime.unmatched());
            assertThat(ahead.blockingPairs()).as("batch of %d", batch).isEqualTo(oneAtATime.blockingPairs());
        }
        // The scenario must exercise linking without references, not only reference groups.
        assertThat(oneAtATime.reservations()).anySatisfy(r -> assertThat(r.bookingReference()).isNull());
        assertThat(oneAtATime.reservations().stream().filter(r -> r.evidence().size() >= 3).count()).isGreaterThan(50);
    }

    @Test
    void filingManyRecordsAtOnceLeavesTheIndexAsFilingThemOneByOne() {
        List<Observation> incident = collidingIncident(new Random(9), 400);
        Tariff tariff = Tariff.learn(incident);
        ClusterIndex oneByOne = new ClusterIndex(tariff);
        ClusterIndex atOnce = new ClusterIndex(tariff);
        java.util.Map<String, Cluster> byName = new java.util.LinkedHashMap<>();
        ClusterIndex.Filing filing = new ClusterIndex.Filing();
        for (Observation o : incident) {
            // Reservations by customer name: large, overlapping blocks, as a busy incident has.
            Probe p = new Probe(o);
            Cluster c = byName.computeIfAbsent(String.valueOf(p.nameKey), k -> new Cluster(k, null));
            c.add(Member.byReference(o, "", 1.0, null), p);
            oneByOne.index(c, p);
            filing.add(c, p, atOnce.clusterKeys(c, p));
        }
        atOnce.indexAll(filing);

        for (Observation o : incident) {
            Probe p = new Probe(o);
            ClusterIndex.Lookup expected = oneByOne.lookup(p);
            ClusterIndex.Lookup actual = atOnce.lookup(p);
            assertThat(new ArrayList<>(actual.clusters())).isEqualTo(new ArrayList<>(expected.clusters()));
            assertThat(actual.sizes()).isEqualTo(expected.sizes());
        }
        assertThat(incident.stream().mapToInt(o -> oneByOne.lookup(new Probe(o)).clusters().size()).max().orElse(0))
                .as("look-ups that find several reservations").isGreaterThan(3);
    }

    static List<Observation> collidingIncident(Random rnd, int customers) {
        List<Observation> out = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.parse("2026-10-01T09:00:00Z");
        int n = 0;
        for (int c = 0; c < customers; c++) {
            String name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
            String email = "c" + c + "@mail.example";
            int bookings = 1 + rnd.nextInt(3);
            for (int b = 0; b < bookings; b++) {
                n++;
                OffsetDateTime booked = start.plusHours(rnd.nextInt(24 * 40));
                OffsetDateTime pickup = booked.plusDays(1 + rnd.nextInt(20)).withHour(10);
                OffsetDateTime ret = pickup.plusDays(1 + rnd.nextInt(5));
                String ref = rnd.nextInt(3) == 0 ? "BK" + (1000 + n) : null;
                String total = String.valueOf(100 + 50 * rnd.nextInt(4)) + ".00";
                if (rnd.nextBoolean()) {
                    out.add(Facts.mail("m" + n, DocumentKind.BOOKING_CONFIRMATION, ref, name, email, booked.toString(),
                            pickup.toString(), ret.toString()));
                }
                out.add(Facts.event("e" + n, rnd.nextInt(4) == 0 ? ref : null, name, rnd.nextBoolean() ? email : null,
                        pickup.toString(), ret.toString(), false));
                String payer = rnd.nextInt(4) == 0 ? "work" + c + "@corp.example" : email;
                out.add(Facts.payment("d" + n, rnd.nextInt(5) == 0 ? ref : null, name, payer,
                        booked.plusMinutes(rnd.nextInt(30)).toString(), "90.00", PaymentStatus.SUCCEEDED, "0"));
                out.add(Facts.payment("b" + n, null, name, payer, pickup.plusMinutes(rnd.nextInt(90)).toString(),
                        total, PaymentStatus.SUCCEEDED, "0"));
            }
        }
        return out;
    }
}
