package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rebook.reconcile.Facts.mail;
import static org.rebook.reconcile.Facts.payment;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rebook.model.DocumentKind;
import org.rebook.model.EvidenceLink;
import org.rebook.model.PaymentStatus;
import org.rebook.model.ReconcileResult;
import org.rebook.model.Reservation;

class NameComparisonTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"maria,mraia", "silva,slva", "silva,silvas", "johnson,jonhson"})
    void oneEditAwayIsClose(String a, String b) {
        assertThat(NameComparison.oneEdit(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"silva,silva", "silva,sousa", "maria,mario1x", "ana,anna2"})
    void moreOrNoEditIsNotClose(String a, String b) {
        assertThat(NameComparison.oneEdit(a, b)).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"Beatriz Brandão,B. Brandão", "B. Brandão,Beatriz Brandão", "O. Nyström,NYSTRÖM Oskar",
            "Ana M. Silva,Ana Maria Silva", "Ana Maria Silva,A. M. Silva", "A. A. Silva,Ana Alves Silva",
            "Silva Silva,A. Silva Silva"})
    void initialsAgreeWhicheverSideAbbreviates(String a, String b) {
        assertThat(NameComparison.sameWithInitials(Keys.nameTokensWithInitials(a), Keys.nameTokensWithInitials(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"Beatriz Brandão,C. Brandão", "B. Brandão,Beatriz Silva", "B. S.,Beatriz Silva", "Ana Silva,Ana Sousa",
            "A. A. Silva,Ana Silva", "Silva Silva,Ana Silva"})
    void initialsDisagreeOrShareNoFullWord(String a, String b) {
        assertThat(NameComparison.sameWithInitials(Keys.nameTokensWithInitials(a), Keys.nameTokensWithInitials(b))).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}: another given name")
    @CsvSource({"G. Öberg,Oskar Öberg", "Wojciech Wozniak,WOŹNIAK Zofia", "Linnea Akesson,Elin Åkesson", "Maria Silva,Maria Sousa"})
    void sharingOneWordWithAnotherGivenNameIsAnotherPerson(String a, String b) {
        assertThat(NameComparison.givenNamesDiffer(words(a), List.of(words(b)))).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}: nothing disagrees")
    @CsvSource({"Öberg,Oskar Öberg", "O. Öberg,Oskar Öberg", "Bob Johnson,Robert Johnson", "Ana Silva,Ana Maria Silva",
            "Ana Silva,Pedro Costa"})
    void aMissingInitialOrNicknameOrNoSharedWordIsNoDisagreement(String a, String b) {
        assertThat(NameComparison.givenNamesDiffer(words(a), List.of(words(b)))).isFalse();
    }

    @Test
    void aFamilyMembersPaymentFromTheSharedAddressStaysOffTheOtherMembersBooking() {
        // Wojciech pays for his own booking (of which nothing else survived) from the family address his sister
        // booked with. Sharing the address and the family name is not being the same person.
        ReconcileResult result = new Reconciler(ReconcileSettings.defaults()).reconcile(List.of(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-ZW0001", "Zofia Woźniak", "wozniak@family.example",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_dep", "PX-ZW0001", "Zofia Woźniak", "wozniak@family.example", "2026-11-01T10:05Z", "90.00",
                        PaymentStatus.SUCCEEDED, "0"),
                payment("ch_brother", null, "Wojciech Wozniak", "wozniak@family.example", "2026-11-12T18:00Z", "120.00",
                        PaymentStatus.SUCCEEDED, "0")));
        Reservation zofia = result.reservations().stream().filter(r -> "PX-ZW0001".equals(r.bookingReference()))
                .findFirst().orElseThrow();
        assertThat(zofia.evidence()).extracting(EvidenceLink::sourceId).doesNotContain("ch_brother");
        assertThat(result.unmatched()).filteredOn(u -> u.sourceId().equals("ch_brother")).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("shares one word, the other differs"));
    }

    @Test
    void aWordRepeatedInOneNameIsSharedOnce() {
        // "Conceição Conceição" and "Conceição Fonseca" share one word, however often it is written.
        Observation paid = payment("ch_rep", null, "Conceição Conceição", null, "2026-11-10T18:00Z", "50.00",
                PaymentStatus.SUCCEEDED, "0");
        Observation booked = mail("m-rep", DocumentKind.BOOKING_CONFIRMATION, null, "Conceição Fonseca", "cf@x.pt",
                "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z");
        LinkScorer priors = Scoring.learn(List.of(paid, booked), ReconcileSettings.defaults()).scorer();
        Cluster c = new Cluster(booked.key(), null);
        c.add(Member.byReference(booked, "starts", 1.0, null), new Probe(booked));
        LinkScore score = priors.score(new Probe(paid), c);
        assertThat(score.has(Level.NAME_TWO_WORDS)).isFalse();
        assertThat(score.has(Level.NAME_ONE_WORD) || score.has(Level.NAME_OTHER_GIVEN)).isTrue();
    }

    @Test
    void nicknamesAndOrderFoldToTheSameName() {
        assertThat(Keys.nameKey("Bob Johnson")).isEqualTo(Keys.nameKey("Robert Johnson"));
        assertThat(Keys.nameKey("Kasia Nowak")).isEqualTo(Keys.nameKey("Katarzyna Nowak"));
        assertThat(Keys.nameKey("JOHNSON Robert")).isEqualTo(Keys.nameKey("Bob Johnson"));
        assertThat(Keys.nameKey("Pepe García")).isEqualTo(Keys.nameKey("Jose Garcia"));
    }

    @Test
    void aClosedNameNeedsAllButOneWordEqual() {
        assertThat(NameComparison.closeName(Keys.nameTokens("Maria Slva"), Keys.nameTokensWithInitials("Maria Silva"))).isTrue();
        assertThat(NameComparison.closeName(Keys.nameTokens("Mraia Slva"), Keys.nameTokensWithInitials("Maria Silva"))).isFalse();
        assertThat(NameComparison.closeName(Keys.nameTokens("Ana Silva"), Keys.nameTokensWithInitials("Ana Sousa"))).isFalse();
    }

    @Test
    void aPaymentUnderANicknameOrWithATypoStillFindsItsBooking() {
        Reservation r = only(new Reconciler(ReconcileSettings.defaults()).reconcile(List.of(
                mail("m1", DocumentKind.BOOKING_CONFIRMATION, "PX-7F3K9Q", "Robert Johnson", "rj@x.com",
                        "2026-11-01T10:00Z", "2026-11-22T10:00Z", "2026-11-25T10:00Z"),
                payment("ch_nick", null, "Bob Johnson", "bob@work.example", "2026-11-22T10:10Z", "90.00", PaymentStatus.SUCCEEDED, "0"),
                payment("ch_typo", null, "Robert Jonhson", null, "2026-11-01T10:20Z", "35.00", PaymentStatus.SUCCEEDED, "0"))));
        assertThat(r.evidence()).extracting(EvidenceLink::sourceId).contains("ch_nick", "ch_typo");
        assertThat(r.evidence()).filteredOn(e -> e.sourceId().equals("ch_typo")).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("one letter off"));
    }

    private static List<String> words(String name) {
        return NameComparison.words(Keys.nameTokensWithInitials(name));
    }

    private static Reservation only(ReconcileResult r) {
        assertThat(r.reservations()).hasSize(1);
        return r.reservations().get(0);
    }
}
