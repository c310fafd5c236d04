package org.rebook.reconcile;

import java.util.List;
import java.util.Locale;

/**
 * Turns a link's summed weight into the probability that the link is right: logistic in the weight,
 * {@code p = 1 / (1 + e^-(slope·weight + intercept))}. Summed Fellegi-Sunter weights are log-odds only
 * when comparisons are independent, and they are not (a name and an e-mail agree together), so the scale
 * is fitted to what the incident shows: for each record whose reference settles the answer, whether the
 * reservation it would be linked to is its own. The fit is pulled toward {@link #PRIOR} by pseudo-pairs, so
 * a small incident keeps the prior.
 */
record Calibration(double slope, double intercept, int pairs) {
    /** The hand-set map used before fitting: 50 % at weight 6, 90 % near 9.3. */
    static final Calibration PRIOR = new Calibration(1 / 1.5, -6 / 1.5, 0);
    /** How many labelled links the prior counts as. */
    static final double PRIOR_PAIRS = 200;

    double probability(double weight) {
        return 1.0 / (1.0 + Math.exp(-(slope * weight + intercept)));
    }

    /**
     * Maximum-likelihood logistic fit of {@code links} (each {weight, 1 if right else 0}) with the prior's
     * predictions at weights 0…16 as soft-labelled pseudo-pairs. Newton's method; two parameters.
     */
    static Calibration fit(List<double[]> links) {
        if (links.isEmpty()) return PRIOR;
        double[][] data = new double[links.size() + 17][];
        int i = 0;
        for (double[] l : links) data[i++] = new double[] {l[0], l[1], 1};
        for (int w = 0; w <= 16; w++) data[i++] = new double[] {w, PRIOR.probability(w), PRIOR_PAIRS / 17};
        double a = PRIOR.slope;
        double b = PRIOR.intercept;
        for (int iter = 0; iter < 50; iter++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (double[] d : data) {
                double p = 1.0 / (1.0 + Math.exp(-(a * d[0] + b)));
                double r = d[2] * (d[1] - p);
                double v = d[2] * p * (1 - p);
                ga += r * d[0];
                gb += r;
                haa += v * d[0] * d[0];
                hab += v * d[0];
                hbb += v;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 1e-12) break;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a += da;
            b += db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
        }
        if (!(a > 0) || !Double.isFinite(b)) return PRIOR; // more weight must never mean less likely
        return new Calibration(a, b, links.size());
    }

    /** Weight at which a link is right with probability {@code p}. */
    double weightFor(double p) {
        return (Math.log(p / (1 - p)) - intercept) / slope;
    }

    String encode() {
        return slope + "\t" + intercept + "\t" + pairs;
    }

    static Calibration decode(String[] fields) {
        return new Calibration(Double.parseDouble(fields[1]), Double.parseDouble(fields[2]), Integer.parseInt(fields[3]));
    }

    String describe() {
        return String.format(Locale.ROOT, "link probability = 1 / (1 + e^-(%.3f·weight %+.3f)) from %d labelled links:"
                + " 50 %% at weight %.1f, 90 %% at %.1f, 95 %% at %.1f", slope, intercept, pairs, weightFor(0.5),
                weightFor(0.9), weightFor(0.95));
    }
}
