package org.rebook.common;

import java.util.Random;

/** Random texts for tests that hold a hand-written scan equal to the pattern it replaces. */
public final class RandomText {
    private RandomText() { }

    /** Fewer than {@code bound} characters, each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int bound) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(bound); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }

    /** Fewer than {@code bound} pieces, each drawn from {@code pieces}. */
    public static String ofPieces(Random random, String[] pieces, int bound) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(bound); i > 0; i--) text.append(pieces[random.nextInt(pieces.length)]);
        return text.toString();
    }
}
