package org.rebook.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.rebook.model.CalendarEntry;
import org.rebook.model.MailMessage;
import org.rebook.model.ParsedRecord;
import org.rebook.model.Payment;
import org.rebook.model.Source;

/** Stores typed records as JSON so new fields need no migration; the source column says which type. */
final class ParsedRecordCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Keep the offset a time was written with; it is evidence too.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ParsedRecordCodec() { }

    /** UTF-8 JSON, as stored. */
    static byte[] encode(ParsedRecord record) {
        try {
            return MAPPER.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode " + record.nativeId(), e);
        }
    }

    static ParsedRecord decode(Source source, byte[] json) {
        Class<? extends ParsedRecord> type = switch (source) {
            case STRIPE -> Payment.class;
            case CALENDAR -> CalendarEntry.class;
            case EMAIL -> MailMessage.class;
        };
        try {
            return MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot decode stored " + source.code() + " record", e);
        }
    }
}
