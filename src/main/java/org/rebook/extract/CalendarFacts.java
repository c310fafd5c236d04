package org.rebook.extract;

import java.util.regex.Pattern;
import org.rebook.model.BookingFacts;
import org.rebook.model.CalendarEntry;
import org.rebook.model.DocumentKind;

/** Booking facts in a calendar event: summary, description labels, location, start and end. */
final class CalendarFacts {
    private static final Pattern BOOKING_WORDS = Pattern.compile(
            "\\b(booking|booked|reservation|rental|rent|hire|pick ?up|pickup|collection|drop ?off|return|reserva|aluguer|"
                    + "levantamento|recogida|alquiler|location|reservation|buchung|abholung|miete|prenotazione|noleggio|ritiro)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[—–|·:/,()\\[\\]]\\s*|\\s+-\\s+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|d[aeiou]s?|de la|van|von|der|del|di|du|le|la)){1,4}$");

    private final FieldReader fields;

    CalendarFacts(FieldReader fields) { this.fields = fields; }

    BookingFacts of(CalendarEntry e) {
        DocumentKind kind = e.cancelled() ? DocumentKind.CANCELLED_EVENT : DocumentKind.BOOKING_EVENT;
        BookingFacts.Builder b = BookingFacts.builder(kind)
                .pickupAt(e.start()).returnAt(e.end()).recordedAt(e.stamp() != null ? e.stamp() : e.start())
                .calendar(e.calendarName());
        String summary = e.summary() == null ? "" : e.summary();
        String description = e.description() == null ? "" : e.description().replace("\\n", "\n");
        fields.fromLabels(new LabeledValues(description), b);
        if (b.reference() == null) fields.references.find(summary + "\n" + description).ifPresent(b::reference);
        Contacts.email(description + " " + summary).ifPresent(b::customerEmail);
        Contacts.phone(description).ifPresent(b::customerPhone);
        b.customerName(nameInSummary(summary, b.reference()));
        b.pickupLocation(e.location());
        BookingFacts draft = b.build();
        if (e.recurring()) {
            b.notBooking("recurring calendar event (it repeats), not a booking");
        } else if (draft.reference() == null && draft.customerEmail() == null && draft.customerPhone() == null
                && !BOOKING_WORDS.matcher(Text.fold(summary + " " + description)).find()) {
            b.notBooking("calendar event without booking details (no reference, customer contact or booking words)");
        }
        return b.build();
    }

    /** The first summary segment shaped like a person's name: "Pickup – Maria Silva – VW Polo". */
    static String nameInSummary(String summary, String reference) {
        for (String segment : SEPARATORS.split(summary)) {
            String s = segment.strip();
            if (s.isEmpty() || (reference != null && References.normalise(s).contains(reference))) continue;
            if (s.chars().anyMatch(Character::isDigit)) continue;
            if (BOOKING_WORDS.matcher(Text.fold(s)).find()) continue;
            if (java.util.Arrays.stream(BLANKS.split(s)).anyMatch(w -> w.length() <= 3 && w.equals(w.toUpperCase()) && w.length() > 1)) {
                continue; // "VW Polo", "BMW X1": brand acronyms are vehicles, not people
            }
            if (PERSON.matcher(s).matches()) return s;
        }
        return null;
    }
}
