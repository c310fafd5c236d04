package org.rebook.reconcile;

import org.rebook.model.BookingFacts;
import org.rebook.model.PaymentStatus;

/** Why a record found no reservation to compare with, in the words staff read on the Unmatched screen. */
final class UnmatchedReasons {
    private UnmatchedReasons() { }

    static String noCandidate(BookingFacts f) {
        String what = switch (f.kind()) {
            case PAYMENT -> f.paymentStatus() == PaymentStatus.FAILED ? "failed payment" : "payment";
            case PAYMENT_RECEIPT -> "payment receipt";
            case CUSTOMER_REPLY -> "reply";
            default -> "record";
        };
        boolean hasIdentity = f.customerEmail() != null || f.customerName() != null || f.customerPhone() != null;
        return what + (hasIdentity ? " has no booking reference and no booking shares its customer's email, phone or name"
                : " has no booking reference and no customer details to match on");
    }
}
