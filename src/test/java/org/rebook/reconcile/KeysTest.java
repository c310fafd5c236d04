package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void foldedKeepsOnlyLettersAndDigitsLowerCaseWithAccentsRemoved() {
        assertThat(Keys.folded("VW Polo")).isEqualTo("vwpolo");
        assertThat(Keys.folded("AB-12-CD")).isEqualTo("ab12cd");
        assertThat(Keys.folded("Citroën C3\tAircross")).isEqualTo("citroenc3aircross");
        assertThat(Keys.folded("Straße 5")).isEqualTo("strase5"); // folding writes ß as one s
        assertThat(Keys.folded(" - ")).isNull();
        assertThat(Keys.folded(null)).isNull();
    }

    @Test
    void nameTokensAreTheFullWordsOfTheNameSortedWithNicknamesExpanded() {
        assertThat(Keys.nameTokens("Silva, Bob O.")).containsExactly("robert", "silva");
        assertThat(Keys.nameTokens(Keys.nameTokensWithInitials("Silva, Bob O."))).isEqualTo(Keys.nameTokens("Silva, Bob O."));
        assertThat(Keys.nameTokensWithInitials("Maria da Conceição")).containsExactly("maria", "conceicao");
    }
}
