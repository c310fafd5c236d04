package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactsTest {
    @Test
    void findsTheFirstAddressAfterAnAtSignThatIsNotOne() {
        assertThat(Contacts.email("Meet us @ the desk, or write to maria.silva+car@example.co.uk today"))
                .contains("maria.silva+car@example.co.uk");
    }

    @Test
    void readsTheWholeLocalPartRightAfterALabel() {
        assertThat(Contacts.email("E-mail:jo_ao.99%x@mail.pt")).contains("jo_ao.99%x@mail.pt");
        assertThat(Contacts.email("(ana-b@x.org)")).contains("ana-b@x.org");
    }

    @Test
    void textWithoutAnAddressHasNone() {
        assertThat(Contacts.email("no address here")).isEmpty();
        assertThat(Contacts.email("@handle only")).isEmpty();
        assertThat(Contacts.email(null)).isEmpty();
    }
}
