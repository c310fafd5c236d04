package org.rebook.cli;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The incident time urgency is measured from: with an offset, or local to the business zone. */
record AsOf(OffsetDateTime withOffset, LocalDateTime local) {
    OffsetDateTime in(ZoneId zone) {
        return withOffset != null ? withOffset : local.atZone(zone).toOffsetDateTime();
    }

    static OffsetDateTime orNow(AsOf asOf, ZoneId zone) {
        return asOf == null ? OffsetDateTime.now(zone) : asOf.in(zone);
    }
}
