package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;
import org.rebook.extract.Text;

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

    @Test
    void nameWordsAreWhatReplacingSplittingAndDroppingApostrophesGave() {
        Pattern notName = Pattern.compile("[^a-z' -]");
        Pattern split = Pattern.compile("[\\s-]+");
        Set<String> particles = Set.of("mr", "mrs", "ms", "dr", "sr", "sra", "de", "da", "do", "dos", "das", "del", "van",
                "von", "der", "la", "le", "di");
        Random random = new Random(3);
        String alphabet = "abdeorsvnmlAOZ '-\t\n.,éÉıßø1_";
        for (int round = 0; round < 100_000; round++) {
            String name = RandomText.of(random, alphabet, 20);
            List<String> expected = new ArrayList<>();
            for (String t : split.split(notName.matcher(Text.fold(name)).replaceAll(" "))) {
                String token = t.replace("'", "");
                if (!token.isEmpty() && !particles.contains(token)) expected.add(token);
            }
            assertThat(Keys.nameTokensWithInitials(name)).as(name).isEqualTo(expected);
        }
    }
}
