package org.rebook.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores an export bundle against a demo incident's truth: pairwise precision/recall/F1 of records placed
 * together, reservations recovered exactly (same record set), and records lost (in no output file).
 */
public final class DemoEvaluation {
    /** The scores. {@code recoveredSoon} covers live bookings with pickups in the 7 days after the incident. */
    public record Scores(long truePairs, long predictedPairs, long correctPairs, int bookings, int recovered,
                         int bookingsSoon, int recoveredSoon, int statusCorrect, int pickupCorrect, int lostRecords,
                         int records, double bcubedPrecision, double bcubedRecall, int vehicleCorrect, int totalCorrect) {
        /** B-cubed F1: per record, how much of its reservation is its booking and how much of its booking it got. */
        public double bcubedF1() {
            double p = bcubedPrecision;
            double r = bcubedRecall;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double vehicleAccuracy() { return recovered == 0 ? 1 : (double) vehicleCorrect / recovered; }

        public double totalAccuracy() { return recovered == 0 ? 1 : (double) totalCorrect / recovered; }

        public double precision() { return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs; }

        public double recall() { return truePairs == 0 ? 1 : (double) correctPairs / truePairs; }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double recoveredRate() { return bookings == 0 ? 1 : (double) recovered / bookings; }

        public double recoveredSoonRate() { return bookingsSoon == 0 ? 1 : (double) recoveredSoon / bookingsSoon; }

        public double statusAccuracy() { return recovered == 0 ? 1 : (double) statusCorrect / recovered; }

        public double pickupAccuracy() { return recovered == 0 ? 1 : (double) pickupCorrect / recovered; }
    }

    /** Of the reservations whose confidence falls in [{@code from}, {@code to}), how many are exactly one true booking. */
    public record CalibrationBand(double from, double to, int reservations, int exact) {
        public double accuracy() { return reservations == 0 ? Double.NaN : (double) exact / reservations; }
    }

    private DemoEvaluation() { }

    /**
     * Whether confidence is honest: reservations grouped by confidence, each band with the share that is exactly
     * one true booking (same records, nothing else). Auto-accepted reservations should be right almost always.
     */
    public static List<CalibrationBand> calibration(Path truthDir, Path bundleDir) throws IOException {
        Map<String, String> truth = byRecord(truthDir.resolve("records.csv"), "reservation_key");
        Map<String, Set<String>> bookingRecords = new HashMap<>();
        truth.forEach((record, booking) -> {
            if (!booking.isEmpty()) bookingRecords.computeIfAbsent(booking, k -> new HashSet<>()).add(record);
        });
        Map<String, Set<String>> members = new HashMap<>();
        byRecord(bundleDir.resolve("evidence.csv"), "reservation_id")
                .forEach((record, reservation) -> members.computeIfAbsent(reservation, k -> new HashSet<>()).add(record));
        double[] edges = {0, 0.5, 0.7, 0.9, 0.95, 1.0001};
        int[] count = new int[edges.length - 1];
        int[] exact = new int[edges.length - 1];
        for (CSVRecord r : read(bundleDir.resolve("reservations.csv"))) {
            double confidence = Double.parseDouble(r.get("confidence"));
            int band = 0;
            while (band < count.length - 1 && confidence >= edges[band + 1]) band++;
            count[band]++;
            Set<String> records = members.getOrDefault(r.get("reservation_id"), Set.of());
            Set<String> bookings = new HashSet<>();
            for (String rec : records) bookings.add(truth.getOrDefault(rec, ""));
            if (bookings.size() == 1 && !bookings.contains("") && bookingRecords.get(bookings.iterator().next()).equals(records)) {
                exact[band]++;
            }
        }
        List<CalibrationBand> out = new java.util.ArrayList<>();
        for (int i = 0; i < count.length; i++) out.add(new CalibrationBand(edges[i], Math.min(1.0, edges[i + 1]), count[i], exact[i]));
        return out;
    }

    /** record ("source:id") → the value of {@code column} in {@code file} (truth booking key, or reservation id). */
    private static Map<String, String> byRecord(Path file, String column) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (CSVRecord r : read(file)) out.put(r.get("source") + ":" + r.get("source_id"), r.get(column));
        return out;
    }

    public static Scores evaluate(Path truthDir, Path bundleDir, OffsetDateTime incident) throws IOException {
        Map<String, String> truth = byRecord(truthDir.resolve("records.csv"), "reservation_key");
        Map<String, String> placed = byRecord(bundleDir.resolve("evidence.csv"), "reservation_id");
        Set<String> unmatched = new HashSet<>();
        for (CSVRecord r : read(bundleDir.resolve("unmatched.csv"))) unmatched.add(r.get("source") + ":" + r.get("source_id"));

        Map<String, Set<String>> bookingRecords = new HashMap<>();
        Map<String, Set<String>> reservationRecords = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        int lost = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String record = e.getKey();
            String booking = e.getValue().isEmpty() ? "none:" + record : e.getValue();
            if (!e.getValue().isEmpty()) bookingRecords.computeIfAbsent(booking, k -> new HashSet<>()).add(record);
            String reservation = placed.get(record);
            if (reservation == null && !unmatched.contains(record)) lost++;
            if (reservation != null) {
                reservationRecords.computeIfAbsent(reservation, k -> new HashSet<>()).add(record);
                cells.merge(reservation + "|" + booking, 1L, Long::sum);
            }
        }
        // B-cubed over every record: an unmatched record is a reservation of its own, a non-booking record a booking of its own.
        double bp = 0, br = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String record = e.getKey();
            String booking = e.getValue().isEmpty() ? "none:" + record : e.getValue();
            String reservation = placed.get(record);
            int trueSize = e.getValue().isEmpty() ? 1 : bookingRecords.get(booking).size();
            int predictedSize = reservation == null ? 1 : reservationRecords.get(reservation).size();
            long both = reservation == null ? 1 : cells.get(reservation + "|" + booking);
            bp += (double) both / predictedSize;
            br += (double) both / trueSize;
        }
        long truePairs = bookingRecords.values().stream().mapToLong(s -> pairs(s.size())).sum();
        long predicted = reservationRecords.values().stream().mapToLong(s -> pairs(s.size())).sum();
        long correct = cells.values().stream().mapToLong(DemoEvaluation::pairs).sum();

        Map<String, CSVRecord> trueBookings = new HashMap<>();
        for (CSVRecord r : read(truthDir.resolve("reservations.csv"))) trueBookings.put(r.get("reservation_key"), r);
        Map<String, CSVRecord> outReservations = new HashMap<>();
        for (CSVRecord r : read(bundleDir.resolve("reservations.csv"))) outReservations.put(r.get("reservation_id"), r);

        int recovered = 0, soon = 0, recoveredSoon = 0, statusOk = 0, pickupOk = 0, vehicleOk = 0, totalOk = 0;
        for (Map.Entry<String, Set<String>> b : bookingRecords.entrySet()) {
            CSVRecord t = trueBookings.get(b.getKey());
            OffsetDateTime pickup = OffsetDateTime.parse(t.get("pickup_at"));
            boolean isSoon = !t.get("status").equals("cancelled") && !pickup.isBefore(incident) && pickup.isBefore(incident.plusDays(7));
            if (isSoon) soon++;
            String reservation = placed.get(b.getValue().iterator().next());
            if (reservation == null || !reservationRecords.get(reservation).equals(b.getValue())) continue;
            recovered++;
            if (isSoon) recoveredSoon++;
            CSVRecord out = outReservations.get(reservation);
            if (out.get("status").equals(t.get("status"))) statusOk++;
            if (!out.get("pickup_at").isEmpty() && OffsetDateTime.parse(out.get("pickup_at")).isEqual(pickup)) pickupOk++;
            if (out.get("vehicle").equals(t.get("vehicle"))) vehicleOk++;
            if (!out.get("total_amount").isEmpty() && new java.math.BigDecimal(out.get("total_amount"))
                    .compareTo(new java.math.BigDecimal(t.get("total_amount"))) == 0) totalOk++;
        }
        return new Scores(truePairs, predicted, correct, bookingRecords.size(), recovered, soon, recoveredSoon, statusOk,
                pickupOk, lost, truth.size(), bp / truth.size(), br / truth.size(), vehicleOk, totalOk);
    }

    private static long pairs(long n) { return n * (n - 1) / 2; }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
