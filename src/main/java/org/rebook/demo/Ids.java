package org.rebook.demo;

import java.util.Random;

/** Native ids shaped like the real ones: Stripe charge ids, Google event UIDs, Message-IDs, references. */
final class Ids {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String REF = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Ids() { }

    static String charge(Random r) { return "ch_3" + random(r, ALNUM, 23); }

    static String paymentIntent(Random r) { return "pi_3" + random(r, ALNUM, 23); }

    static String customer(Random r) { return "cus_" + random(r, ALNUM, 14); }

    static String eventUid(Random r) { return random(r, "0123456789abcdefghijklmnopqrstuv", 26) + "@google.com"; }

    static String messageId(Random r, String domain) { return random(r, "0123456789abcdef", 24) + "@" + domain; }

    /** A reference like PX-7F3K9Q: the demo business's booking system format. */
    static String reference(Random r) {
        String tail;
        do {
            tail = random(r, REF, 6);
        } while (tail.chars().noneMatch(Character::isDigit));
        return "PX-" + tail;
    }

    static String receiptNumber(Random r) {
        return String.format("%04d-%04d", r.nextInt(10000), r.nextInt(10000));
    }

    static String random(Random r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
