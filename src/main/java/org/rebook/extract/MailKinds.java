package org.rebook.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.rebook.model.DocumentKind;

/** Classifies a mail by its subject (and body when the subject says little), in six languages. */
final class MailKinds {
    private static final Pattern REPLY = Pattern.compile("^(re|aw|res|r|sv|antw|rif)\\s*(\\[\\d+\\])?\\s*:.*");
    private static final Pattern FORWARD = Pattern.compile("^(fwd?|wg|enc|tr|i|rv)\\s*:\\s*");
    // Plain words: a mail is of a kind when its subject (or the start of its body) contains one. Looking each up
    // with indexOf is the same test as an alternation pattern's find(), which tried every word at every position.
    private static final List<String> RECEIPT = List.of("receipt", "recibo", "comprovativo de pagamento", "recu",
            "quittung", "zahlungsbestatigung", "ricevuta", "payment received", "pagamento recebido");
    private static final List<String> CANCEL = List.of("cancel", "cancelad", "cancelamento", "cancelacion", "annul",
            "storn", "disdett");
    private static final List<String> MODIFY = List.of("modif", "changed", "change to", "updated", "update to", "amend",
            "alterad", "alteracao", "cambio", "cambiad", "geandert", "anderung", "umbuchung", "variazion");
    private static final List<String> BOOKING = List.of("confirm", "booking", "reservation", "reserva", "rental", "hire",
            "buchung", "prenotazion", "noleggio", "location de", "aluguer", "alquiler", "mietwagen");
    /** How much of a body is read when the subject does not tell. */
    private static final int BODY_START = 4000;

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

    private static boolean mentions(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    static DocumentKind classify(String subject, String body) {
        String s = stripForward(subject == null ? "" : subject);
        if (REPLY.matcher(s).matches()) return DocumentKind.CUSTOMER_REPLY;
        if (mentions(s, RECEIPT)) return DocumentKind.PAYMENT_RECEIPT;
        if (mentions(s, CANCEL)) return DocumentKind.BOOKING_CANCELLATION;
        if (mentions(s, MODIFY)) return DocumentKind.BOOKING_MODIFICATION;
        if (mentions(s, BOOKING)) return DocumentKind.BOOKING_CONFIRMATION;
        String b = Text.foldStart(body, BODY_START);
        if (mentions(b, CANCEL) && mentions(b, BOOKING)) return DocumentKind.BOOKING_CANCELLATION;
        if (mentions(b, BOOKING)) return DocumentKind.BOOKING_CONFIRMATION;
        return DocumentKind.NOT_BOOKING;
    }
}
