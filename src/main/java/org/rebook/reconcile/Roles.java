package org.rebook.reconcile;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rebook.model.BookingFacts;
import org.rebook.model.DocumentKind;
import org.rebook.model.PaymentStatus;

/** The role each record plays in its reservation, as written to evidence.csv. */
final class Roles {
    private Roles() { }

    static Map<Member, String> assign(List<Member> members) {
        Map<Member, String> roles = new IdentityHashMap<>(); // members are records: identity, not deep equality
        List<Member> payments = members.stream()
                .filter(m -> m.observation().facts().kind() == DocumentKind.PAYMENT)
                .filter(m -> m.observation().facts().paymentStatus() != PaymentStatus.FAILED)
                .sorted(Comparator.comparing(m -> m.observation().facts().recordedAt(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        OffsetReturn ret = OffsetReturn.of(members);
        for (int i = 0; i < payments.size(); i++) {
            Member m = payments.get(i);
            BookingFacts f = m.observation().facts();
            String role;
            if (ret.after(f)) role = "extra_charge";
            else if (payments.size() == 1) role = "payment";
            else role = i == 0 ? "deposit" : "balance";
            roles.put(m, f.paymentStatus() == PaymentStatus.REFUNDED ? role + "_refunded" : role);
        }
        for (Member m : members) {
            if (roles.containsKey(m)) continue;
            BookingFacts f = m.observation().facts();
            roles.put(m, switch (f.kind()) {
                case BOOKING_CONFIRMATION -> "booking_mail";
                case BOOKING_MODIFICATION -> "modification_mail";
                case BOOKING_CANCELLATION -> "cancellation_mail";
                case BOOKING_EVENT -> "calendar_event";
                case CANCELLED_EVENT -> "cancelled_event";
                case PAYMENT -> "failed_payment";
                case PAYMENT_RECEIPT -> "receipt_mail";
                case CUSTOMER_REPLY -> "reply_mail";
                case NOT_BOOKING -> "other";
            });
        }
        return roles;
    }

    /** Payments made well after return are extras (fuel, damage). */
    private record OffsetReturn(java.time.OffsetDateTime returnAt) {
        static OffsetReturn of(List<Member> members) {
            java.time.OffsetDateTime r = null;
            for (Member m : members) {
                BookingFacts f = m.observation().facts();
                if (f.kind().describesBooking() && f.returnAt() != null) r = f.returnAt();
            }
            return new OffsetReturn(r);
        }

        boolean after(BookingFacts f) {
            return returnAt != null && f.recordedAt() != null && f.recordedAt().isAfter(returnAt.plusHours(6));
        }
    }
}
