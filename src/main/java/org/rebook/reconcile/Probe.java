package org.rebook.reconcile;

import java.util.List;
import org.rebook.model.BookingFacts;

/** A record's comparison keys, computed once: scoring compares one record with many reservations. */
final class Probe {
    final Observation observation;
    final BookingFacts facts;
    final String email;
    /** {@link EmailShape} of {@link #email} (0 without one). */
    final long emailShape;
    final String phone;
    final List<String> nameTokens;
    final List<String> nameWithInitials;
    /** {@link #nameWithInitials} with nicknames as full names ({@link NameComparison#words}). */
    final List<String> nameWords;
    final String nameKey;
    /** This mail's own Message-ID (mails only), and those it answers. */
    final String messageId;
    final List<String> threadIds;
    /** Car model, plate and pickup place folded for comparison (booking records; null when not stated). */
    final String vehicle;
    final String plate;
    final String location;
    /** The record's amount as {@link Money} units ({@link Money#NONE} when it states none). */
    final long amountUnits;
    /** When the record was made, in epoch seconds (0 when unknown). */
    final long recordedSecond;
    /** A payment's description as compared ({@link PaymentPurposes#key}); null for other records. */
    final String purpose;

    Probe(Observation observation) {
        this.observation = observation;
        this.facts = observation.facts();
        this.email = Keys.email(facts.customerEmail());
        this.emailShape = email == null ? 0 : EmailShape.of(email);
        this.phone = Keys.phone(facts.customerPhone());
        this.nameWithInitials = Keys.nameTokensWithInitials(facts.customerName());
        this.nameWords = NameComparison.words(nameWithInitials);
        this.nameTokens = Keys.nameTokens(nameWithInitials); // not read from the text a second time
        this.nameKey = nameTokens.isEmpty() ? null : String.join(" ", nameTokens);
        this.messageId = observation.source() == org.rebook.model.Source.EMAIL ? observation.nativeId() : null;
        this.threadIds = facts.threadIds();
        this.vehicle = Keys.folded(facts.vehicle());
        this.plate = Keys.folded(facts.plate());
        this.location = Keys.folded(facts.pickupLocation());
        this.amountUnits = Money.units(facts.amount());
        this.recordedSecond = facts.recordedAt() == null ? 0 : facts.recordedAt().toEpochSecond();
        this.purpose = facts.kind() == org.rebook.model.DocumentKind.PAYMENT ? PaymentPurposes.key(facts.purpose()) : null;
    }

    /** The probe of each referenced record not in {@code placed} (null for the others), in input order, built on every core. */
    static List<Probe> ofReferenced(List<Observation> observations, java.util.Set<Long> placed) {
        return new java.util.ArrayList<>(observations.parallelStream().map(o ->
                placed.contains(o.recordId()) || Keys.reference(o.facts().reference()) == null ? null : new Probe(o)).toList());
    }
}
