package org.rebook.reconcile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * What scoring learns from a whole incident before linking: how often each e-mail, name and price occurs
 * (term frequencies) and the match weights estimated from it. A full reconcile makes one and the workspace
 * keeps it, so recomputing the few reservations around a decision weighs evidence exactly as the full run did.
 */
public final class Scoring {
    final Map<String, Integer> sharedEmails;
    final NameFrequency names;
    final PriceFrequency prices;
    final Tariff tariff;
    final MatchWeights weights;
    final Calibration calibration;
    final PaymentPurposes purposes;
    final UnrecordedBookings unrecorded;
    private Scoring(Map<String, Integer> sharedEmails, NameFrequency names, PriceFrequency prices, Tariff tariff,
                    MatchWeights weights, Calibration calibration, PaymentPurposes purposes, UnrecordedBookings unrecorded) {
        this.sharedEmails = sharedEmails;
        this.names = names;
        this.prices = prices;
        this.tariff = tariff;
        this.weights = weights;
        this.calibration = calibration;
        this.purposes = purposes;
        this.unrecorded = unrecorded;
    }

    /**
     * Frequencies of {@code observations} and weights estimated from them (priors when they are too few), on
     * the reservations their booking references make ({@link Reconciler#learn}).
     */
    public static Scoring learn(List<Observation> observations, ReconcileSettings settings) {
        return Reconciler.learn(RecordOrder.sorted(observations), settings);
    }

    /** How often each address, name and price occurs in {@code sorted}, and the usual prices; prior weights. */
    static Scoring frequencies(List<Observation> sorted) {
        // Four independent passes over every record (each only reads): the names, the longest, here while the
        // other cores take the rest.
        CompletableFuture<Tariff> tariff = CompletableFuture.supplyAsync(() -> Tariff.learn(sorted));
        CompletableFuture<PriceFrequency> prices = CompletableFuture.supplyAsync(() -> new PriceFrequency(sorted));
        CompletableFuture<Map<String, Integer>> emails = CompletableFuture.supplyAsync(() -> SharedAddresses.find(sorted));
        NameFrequency names = new NameFrequency(sorted);
        return new Scoring(emails.join(), names, prices.join(), tariff.join(),
                MatchWeights.priors(), Calibration.PRIOR, PaymentPurposes.NONE, UnrecordedBookings.NONE);
    }

    /** These frequencies and calibration with other weights: what a scenario needs that an incident would estimate. */
    Scoring withWeights(MatchWeights other) {
        return new Scoring(sharedEmails, names, prices, tariff, other, calibration, purposes, unrecorded);
    }

    /** These frequencies with weights estimated from {@code sorted}, whose reference groups {@code pass} made. */
    Scoring estimated(List<Observation> sorted, FirstPass pass, ReconcileSettings settings) {
        WeightEstimator.Estimate e = WeightEstimator.estimate(sorted, pass, scorer(), settings.linkThreshold());
        return new Scoring(sharedEmails, names, prices, tariff, e.weights(), e.calibration(), e.purposes(),
                UnrecordedBookings.count(pass));
    }

    public MatchWeights weights() { return weights; }

    /** How link weights translate into probabilities, in words (for {@code rebook reconcile --show-weights}). */
    public String describeCalibration() { return calibration.describe(); }

    /** Per payment description: how often it found its booking, and whether it counts as a bookings' payment. */
    public String describePurposes() { return purposes.describe(); }

    /** How many bookings left only money, in words (for {@code rebook reconcile --show-weights}). */
    public String describeUnrecorded() { return unrecorded.describe(); }

    LinkScorer scorer() { return new LinkScorer(sharedEmails, names, prices, tariff, weights, calibration, purposes); }

    /** Text a workspace stores: one line per entry, tab-separated. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        out.append("weights\t").append(weights.encode()).append('\n');
        out.append("calibration\t").append(calibration.encode()).append('\n');
        out.append("mean_people\t").append(names.meanPeople()).append("\nmean_price\t").append(prices.meanCount()).append('\n');
        new TreeMap<>(sharedEmails).forEach((k, v) -> out.append("email\t").append(k).append('\t').append(v).append('\n'));
        names.shared().forEach((k, v) -> out.append("name\t").append(k).append('\t').append(v).append('\n'));
        prices.shared().forEach((k, v) -> out.append("price\t").append(k.toPlainString()).append('\t').append(v).append('\n'));
        tariff.entries().forEach((k, v) -> out.append("tariff\t").append(k).append('\t').append(v.toPlainString()).append('\n'));
        purposes.entries().forEach((k, v) -> out.append("purpose\t").append(k).append('\t').append(v[0]).append('\t')
                .append(v[1]).append('\n'));
        out.append("unrecorded\t").append(unrecorded.groups).append('\t').append(unrecorded.moneyOnly).append('\n');
        if (tariff.depositShare() != null) out.append("deposit_share\t").append(tariff.depositShare().toPlainString()).append('\n');
        return out.toString();
    }

    /** Reads {@link #encode()}'s text. */
    public static Scoring decode(String text) {
        MatchWeights weights = MatchWeights.priors();
        Calibration calibration = Calibration.PRIOR; // stored before calibration was fitted
        double meanPeople = 1;
        double meanPrice = 1;
        Map<String, Integer> emails = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<BigDecimal, Integer> prices = new HashMap<>();
        Map<String, BigDecimal> tariff = new HashMap<>();
        BigDecimal depositShare = null;
        Map<String, int[]> purposes = new HashMap<>();
        UnrecordedBookings unrecorded = UnrecordedBookings.NONE; // stored before it was counted
        for (String line : text.split("\n")) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "weights" -> weights = MatchWeights.decode(f.length > 1 ? f[1] : "");
                case "calibration" -> calibration = Calibration.decode(f);
                case "mean_people" -> meanPeople = Double.parseDouble(f[1]);
                case "mean_price" -> meanPrice = Double.parseDouble(f[1]);
                case "email" -> emails.put(f[1], Integer.parseInt(f[2]));
                case "name" -> names.put(f[1], Integer.parseInt(f[2]));
                case "price" -> prices.put(new BigDecimal(f[1]), Integer.parseInt(f[2]));
                case "tariff" -> tariff.put(f[1], new BigDecimal(f[2]));
                case "deposit_share" -> depositShare = new BigDecimal(f[1]);
                case "unrecorded" -> unrecorded = new UnrecordedBookings(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                case "purpose" -> purposes.put(f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
                default -> { } // written by a newer version
            }
        }
        return new Scoring(emails, new NameFrequency(names, meanPeople), new PriceFrequency(prices, meanPrice),
                Tariff.of(tariff, depositShare), weights, calibration, new PaymentPurposes(purposes), unrecorded);
    }
}
