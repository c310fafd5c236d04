package org.rebook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A reservation's addresses answer "is it here" and "is one a letter off" exactly as comparing the strings does,
 * though they rule most addresses out by hash code and {@link EmailShape} alone.
 */
class AddressSetTest {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz.-_0123456789";

    @Test
    void findsTheSameAddressesAsComparingEveryStringWould() {
        Random random = new Random(5);
        for (int round = 0; round < 2_000; round++) {
            List<String> held = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) held.add(address(random));
            AddressSet set = new AddressSet();
            Set<String> expected = new LinkedHashSet<>();
            for (String a : held) assertThat(set.add(a, EmailShape.of(a))).isEqualTo(expected.add(a));
            for (int k = 0; k < 20; k++) {
                String asked = random.nextBoolean() ? oneEdit(held.get(random.nextInt(held.size())), random) : address(random);
                assertThat(set.contains(asked)).as(asked).isEqualTo(expected.contains(asked));
                assertThat(set.hasCloseTo(asked, EmailShape.of(asked))).as(asked + " against " + held)
                        .isEqualTo(expected.stream().anyMatch(e -> LinkScorer.closeEmail(asked, e)));
            }
        }
    }

    @Test
    void everyAddressOneEditFromAnotherWithTheSameDigitsHasAShapeThatMayBeClose() {
        Random random = new Random(11);
        int close = 0;
        for (int i = 0; i < 20_000; i++) {
            String a = address(random);
            String b = oneEdit(a, random);
            if (LinkScorer.closeEmail(a, b)) {
                close++;
                assertThat(EmailShape.mayBeClose(EmailShape.of(a), EmailShape.of(b), LinkScorer.MIN_CLOSE_EMAIL))
                        .as(a + " / " + b).isTrue();
            }
        }
        assertThat(close).isGreaterThan(5_000); // the edits made were mostly of letters, and the rule saw them
    }

    @Test
    void addressesOfOtherLengthsDigitsOrLettersAreRuledOutWithoutReadingThem() {
        long shape = EmailShape.of("dharris@hotmail.com");
        assertThat(EmailShape.mayBeClose(shape, EmailShape.of("dharris@hotmail.cm"), LinkScorer.MIN_CLOSE_EMAIL)).isTrue();
        assertThat(EmailShape.mayBeClose(shape, EmailShape.of("dharris@hotmail.co.uk"), LinkScorer.MIN_CLOSE_EMAIL)).isFalse();
        assertThat(EmailShape.mayBeClose(shape, EmailShape.of("dharris1@hotmail.co"), LinkScorer.MIN_CLOSE_EMAIL)).isFalse();
        assertThat(EmailShape.mayBeClose(shape, EmailShape.of("jsantos@hotmail.com"), LinkScorer.MIN_CLOSE_EMAIL)).isFalse();
        assertThat(EmailShape.mayBeClose(EmailShape.of("ab@x.pt"), EmailShape.of("ac@x.pt"), LinkScorer.MIN_CLOSE_EMAIL)).isFalse();
    }

    @Test
    void stringsWithEqualHashCodesAreToldApart() {
        // "Aa" and "BB" have the same hash code.
        AddressSet set = new AddressSet();
        set.add("xAa@example.com", EmailShape.of("xAa@example.com"));
        assertThat("xAa@example.com".hashCode()).isEqualTo("xBB@example.com".hashCode());
        assertThat(set.contains("xBB@example.com")).isFalse();
        assertThat(set.contains(new String("xAa@example.com"))).isTrue();
        assertThat(set.add("xBB@example.com", EmailShape.of("xBB@example.com"))).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }

    private static String address(Random random) {
        StringBuilder local = new StringBuilder();
        for (int i = 3 + random.nextInt(10); i > 0; i--) local.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        String[] domains = {"gmail.com", "hotmail.com", "web.de", "x.pt", "company-12.example"};
        return local + "@" + domains[random.nextInt(domains.length)];
    }

    /** {@code s} with one letter or digit substituted, inserted, deleted, or two neighbours swapped. */
    private static String oneEdit(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        int i = random.nextInt(s.length() - 1);
        char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(i, c);
            case 1 -> b.insert(i, c);
            case 2 -> b.deleteCharAt(i);
            default -> {
                b.setCharAt(i, s.charAt(i + 1));
                b.setCharAt(i + 1, s.charAt(i));
            }
        }
        return b.toString();
    }
}
