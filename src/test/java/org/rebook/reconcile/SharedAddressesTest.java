package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebook.model.PaymentStatus;

/** An address is shared when its records name more than one person, however many records carry it. */
class SharedAddressesTest {
    @Test
    void aLoyalCustomersOwnAddressIsNotSharedHoweverManyRecordsCarryIt() {
        List<Observation> records = new ArrayList<>();
        String[] spellings = {"Léa Lemaître", "L. Lemaître", "LEMAÎTRE Léa", "Lea Lemaitre", "Léa Lemaitre", "Léa Leaitre"};
        for (int i = 0; i < 24; i++) records.add(payment("ch" + i, spellings[i % spellings.length], "lemaitre.lea@wp.example"));

        assertThat(SharedAddresses.find(records)).doesNotContainKey("lemaitre.lea@wp.example");
    }

    @Test
    void anAddressTwoPeopleGiveIsSharedThoughFewRecordsCarryIt() {
        List<Observation> records = List.of(
                payment("ch1", "Wojciech Woźniak", "wozniak@company-7.example"),
                payment("ch2", "Zofia Woźniak", "wozniak@company-7.example"),
                payment("ch3", "W. Woźniak", "wozniak@company-7.example"));

        assertThat(SharedAddresses.find(records)).containsEntry("wozniak@company-7.example", 2);
    }

    @Test
    void aParticleRunIntoTheNameOrAMisspeltWordIsStillOnePerson() {
        assertThat(SharedAddresses.people(List.of(words("Chiara De Luca"), words("Chiara DeLuca"), words("Chiara Lca"))))
                .isEqualTo(1);
        assertThat(SharedAddresses.people(List.of(words("Jörg Müller"), words("Jürgen Müller")))).isEqualTo(2);
        assertThat(SharedAddresses.people(List.of(words("Ana Silva"), words("Mariana Silva")))).isEqualTo(2);
    }

    private static List<String> words(String name) { return NameComparison.words(Keys.nameTokensWithInitials(name)); }

    private static Observation payment(String id, String name, String email) {
        return Facts.payment(id, null, name, email, "2026-10-01T10:00Z", "100.00", PaymentStatus.SUCCEEDED, "0");
    }
}
