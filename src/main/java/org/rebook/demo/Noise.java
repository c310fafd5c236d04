package org.rebook.demo;

import java.util.Locale;

/**
 * How messy the demo incident is. Percentages of bookings (or records) affected; {@link #MEDIUM} is the
 * default the README's numbers use.
 */
public record Noise(String name, int referenceInPayments, int otherPaymentEmail, int nameVariantInCalendar,
                    int missingCalendar, int missingMail, int nameTypo, int nickname, int emailTypo,
                    int secondCalendar, int vehicleChange) {
    public static final Noise LOW = new Noise("low", 85, 5, 15, 5, 5, 0, 0, 0, 2, 0);
    public static final Noise MEDIUM = new Noise("medium", 60, 10, 25, 10, 10, 3, 5, 1, 3, 30);
    public static final Noise HIGH = new Noise("high", 35, 20, 40, 20, 20, 8, 10, 3, 5, 50);

    public static Noise of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "low" -> LOW;
            case "medium" -> MEDIUM;
            case "high" -> HIGH;
            default -> throw new IllegalArgumentException("noise must be low, medium or high, not '" + name + "'");
        };
    }
}
