package org.rebook.demo;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** What incident to generate: how many reservations, the random seed, the incident time and zone, how messy. */
public record DemoConfig(int reservations, long seed, ZonedDateTime incidentAt, Noise noise) {
    public DemoConfig(int reservations, long seed, ZonedDateTime incidentAt) {
        this(reservations, seed, incidentAt, Noise.MEDIUM);
    }

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Lisbon");

    /** Saturday 08:00 in Lisbon: customers are about to arrive. */
    public static ZonedDateTime defaultIncident() {
        return ZonedDateTime.of(2026, 11, 21, 8, 0, 0, 0, DEFAULT_ZONE);
    }

    public ZoneId zone() { return incidentAt.getZone(); }
}
