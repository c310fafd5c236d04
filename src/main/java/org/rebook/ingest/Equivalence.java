package org.rebook.ingest;

import java.util.Objects;
import org.rebook.model.CalendarEntry;
import org.rebook.model.MailMessage;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Payment;

/**
 * Whether two readings of the same native id say the same thing. A charge read from a CSV export and again
 * from the API differs in raw form but not in substance: that is a duplicate, not a conflict.
 */
public final class Equivalence {
    private Equivalence() { }

    public static boolean same(ParsedRecord a, ParsedRecord b) {
        if (a instanceof Payment x && b instanceof Payment y) {
            return x.created().equals(y.created()) && x.amount().compareTo(y.amount()) == 0
                    && x.amountRefunded().compareTo(y.amountRefunded()) == 0 && x.status() == y.status()
                    && Objects.equals(x.currency(), y.currency());
        }
        if (a instanceof CalendarEntry x && b instanceof CalendarEntry y) {
            return sameInstant(x.start(), y.start()) && sameInstant(x.end(), y.end()) && Objects.equals(x.status(), y.status())
                    && Objects.equals(x.summary(), y.summary());
        }
        if (a instanceof MailMessage x && b instanceof MailMessage y) {
            return Objects.equals(x.subject(), y.subject()) && sameInstant(x.sentAt(), y.sentAt());
        }
        return false;
    }

    private static boolean sameInstant(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }
}
