package org.rebook.extract;

import java.util.regex.Pattern;
import org.rebook.model.DocumentKind;

/** Classifies a mail by its subject (and body when the subject says little), in six languages. */
final class MailKinds {
    private static final Pattern REPLY = Pattern.compile("^(re|aw|res|r|sv|antw|rif)\\s*(\\[\\d+\\])?\\s*:.*");
    private static final Pattern FORWARD = Pattern.compile("^(fwd?|wg|enc|tr|i|rv)\\s*:\\s*");
    private static final Pattern RECEIPT = Pattern.compile(
            "receipt|recibo|comprovativo de pagamento|recu|quittung|zahlungsbestatigung|ricevuta|payment received|pagamento recebido");
    private static final Pattern CANCEL = Pattern.compile(
            "cancel|cancelad|cancelamento|cancelacion|annul|storn|disdett");
    private static final Pattern MODIFY = Pattern.compile(
            "modif|changed|change to|updated|update to|amend|alterad|alteracao|cambio|cambiad|geandert|anderung|umbuchung|variazion");
    private static final Pattern BOOKING = Pattern.compile(
            "confirm|booking|reservation|reserva|rental|hire|buchung|prenotazion|noleggio|location de|aluguer|alquiler|mietwagen");

    private MailKinds() { }

    /** The subject with any "Fwd:"-style prefixes removed, and whether one was there. */
    static String stripForward(String subject) {
        String s = Text.fold(subject);
        String before;
        do {
            before = s;
            s = FORWARD.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    static boolean isForward(String subject) {
        return FORWARD.matcher(Text.fold(subject)).lookingAt();
    }

    static DocumentKind classify(String subject, String body) {
        String s = stripForward(subject == null ? "" : subject);
        if (REPLY.matcher(s).matches()) return DocumentKind.CUSTOMER_REPLY;
        if (RECEIPT.matcher(s).find()) return DocumentKind.PAYMENT_RECEIPT;
        if (CANCEL.matcher(s).find()) return DocumentKind.BOOKING_CANCELLATION;
        if (MODIFY.matcher(s).find()) return DocumentKind.BOOKING_MODIFICATION;
        if (BOOKING.matcher(s).find()) return DocumentKind.BOOKING_CONFIRMATION;
        String b = Text.fold(body == null ? "" : body);
        if (b.length() > 4000) b = b.substring(0, 4000);
        if (CANCEL.matcher(b).find() && BOOKING.matcher(b).find()) return DocumentKind.BOOKING_CANCELLATION;
        if (BOOKING.matcher(b).find()) return DocumentKind.BOOKING_CONFIRMATION;
        return DocumentKind.NOT_BOOKING;
    }
}
