package org.rebook.extract;

import org.rebook.model.BookingFacts;
import org.rebook.model.CalendarEntry;
import org.rebook.model.MailMessage;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Payment;

/** Reads booking facts from any source record. */
public final class FactsExtractor {
    private final PaymentFacts payments;
    private final CalendarFacts calendar;
    private final MailFacts mail;
    private final SharedValues shared = new SharedValues();

    public FactsExtractor(ExtractionSettings settings) {
        References references = new References(settings.referencePattern());
        FieldReader fields = new FieldReader(references, settings);
        this.payments = new PaymentFacts(fields, settings.businessZone(), settings.fleet());
        this.calendar = new CalendarFacts(fields);
        this.mail = new MailFacts(fields, new LearnedTemplates(settings.templates()));
    }

    public BookingFacts extract(ParsedRecord record) {
        return shared.share(read(record));
    }

    private BookingFacts read(ParsedRecord record) {
        if (record instanceof Payment p) return payments.of(p);
        if (record instanceof CalendarEntry c) return calendar.of(c);
        return mail.of((MailMessage) record);
    }
}
