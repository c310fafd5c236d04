package org.rebook.model;

import java.time.OffsetDateTime;
import java.util.List;

/** One mail message, headers decoded (RFC 2047) and bodies decoded to text. */
public record MailMessage(
        String nativeId,
        boolean syntheticId,
        String subject,
        String from,
        List<String> to,
        OffsetDateTime sentAt,
        String inReplyTo,
        List<String> references,
        String textBody,
        String htmlBody) implements ParsedRecord {

    public MailMessage {
        to = to == null ? List.of() : List.copyOf(to);
        references = references == null ? List.of() : List.copyOf(references);
    }

    @Override
    public Source source() { return Source.EMAIL; }
}
