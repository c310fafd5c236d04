package org.rebook.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rebook.common.RandomText;

class TextTest {
    /** The general folding, applied to every text before plain ASCII got a shortcut. */
    private static String reference(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l')
                .replace('đ', 'd').replace('æ', 'a').replace('œ', 'o');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** {@link Text#foldKeepLength} as it was written with the mark pattern. */
    private static String referenceKeepingLength(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u00a0') {
                out.append(' ');
            } else if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                out.append(d.length() == 1 ? Character.toLowerCase(d.charAt(0)) : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    @Test
    void foldingLowercasesDropsAccentsAndCollapsesWhitespace() {
        assertThat(Text.fold("  Pick-Up\t\r\n  DATUM ")).isEqualTo("pick-up datum");
        assertThat(Text.fold("Data de Levantamento")).isEqualTo("data de levantamento");
        assertThat(Text.fold("Rückgabe  Straße")).isEqualTo("ruckgabe strase");
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void plainAsciiFoldsExactlyAsTheGeneralWay() {
        Random rnd = new Random(5);
        String alphabet = "aZ09 -:.#()\t\n\r\f\u000B\u001C\u001F\u007F~_";
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.of(rnd, alphabet, 12);
            assertThat(Text.fold(s)).as("%s", s.chars().boxed().toList()).isEqualTo(reference(s));
        }
    }

    @Test
    void accentedTextStillFoldsTheGeneralWay() {
        for (String s : new String[] {"  JOÃO\u00a0Nyström ", "Łukasz Øster", "Æsir  Œuvre", "São\tPaulo"}) {
            assertThat(Text.fold(s)).isEqualTo(reference(s));
        }
    }

    /** Marks of every kind (also outside the BMP), lone surrogates, letters that lowercase to a letter and a mark. */
    @Test
    void anyTextFoldsAsTheTwoPatternsFoldedIt() {
        String[] pieces = {"a", "Z", " ", "\t", "\n", "\u000B", "\u00a0", "\u2003", "é", "E\u0301", "\u0301\u0302", "\u0903",
                "\u20DD", "\uD834\uDD67", "\uD800", "\uDC00", "İ", "ΟΔΟΣ", "가", "ß", "Ø", "ǅ", "ﬁ", "\u001f"};
        Random random = new Random(9);
        for (int n = 0; n < 30_000; n++) {
            String s = RandomText.ofPieces(random, pieces, 14);
            assertThat(Text.fold(s)).as("%s", s.chars().boxed().toList()).isEqualTo(reference(s));
            assertThat(Text.foldKeepLength(s)).as("%s", s.chars().boxed().toList()).isEqualTo(referenceKeepingLength(s));
        }
    }

    @Test
    void foldingTheStartOfATextGivesTheStartOfTheFoldedText() {
        // Pieces that fold unevenly: accents precomposed and combining, whitespace of every kind, a final sigma,
        // Hangul (decomposes to more characters), the dotted capital I (lowercases to two), control characters.
        String[] pieces = {"a", "B", " ", "  ", "\n", "\t", "\r\n", "é", "e\u0301", "\u0301", "ΟΔΟΣ", "Σ", "ß", "\u00a0",
                "\u2003", "가", "İ", "\u001f", "x-y", "Ø"};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            String s = RandomText.ofPieces(random, pieces, 120);
            String whole = Text.fold(s);
            assertThat(Text.foldStart(s, 40)).as("%s", s).isEqualTo(whole.substring(0, Math.min(40, whole.length())));
        }
        assertThat(Text.foldStart(null, 40)).isEmpty();
    }
}
