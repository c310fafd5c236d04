package org.rebook.reconcile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One record's blocking keys, each the rule that made it ({@link ClusterIndex#RULES}, by position) and a
 * 64-bit hash of what it joins on. Hashes rather than texts: the index keeps millions of keys, and a text
 * key ("d:silva@2026-05-02") cost five times the memory of its hash.
 */
final class BlockKeys {
    static final int EMAIL = 0;
    static final int PHONE = 1;
    static final int FULL_NAME = 2;
    static final int NAME_WORD = 3;
    static final int NAME_WORD_DAY = 4;
    static final int CARD = 5;
    static final int AMOUNT_DAY = 6;
    static final int NAME_WORD_PRICE = 7;
    static final int THREAD = 8;
    /** Name word + day, from records that carry no address: what a record skipping {@link #NAME_WORD_DAY} still meets. */
    static final int NAME_WORD_DAY_NO_ADDRESS = 9;
    /**
     * Not a rule (it proposes no pairs): whether an address, under one name, has a reservation starting or booked
     * on a day. A payment, receipt or reply whose address and name have one on its day meets that day's namesakes
     * only through {@link #NAME_WORD_DAY_NO_ADDRESS} ({@link ClusterIndex}).
     */
    static final int EMAIL_DAY = 10;

    private long[] hashes = new long[12];
    private byte[] rules = new byte[12];
    private int size;

    void add(int rule, String text) { put(rule, hash(rule, text)); }

    void add(int rule, String text, OffsetDateTime day) {
        put(rule, mix(hash(rule, text) ^ day.toLocalDate().toEpochDay()));
    }

    void add(int rule, String text, BigDecimal amount) {
        put(rule, mix(hash(rule, text) + 31 * hash(rule, amount.stripTrailingZeros().toPlainString())));
    }

    /** Adds every key of {@code other}. */
    void addAll(BlockKeys other) {
        for (int i = 0; i < other.size; i++) put(other.rules[i], other.hashes[i]);
    }

    int size() { return size; }

    long hash(int i) { return hashes[i]; }

    int rule(int i) { return rules[i]; }

    private void put(int rule, long hash) {
        if (size == hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, size * 2);
            rules = java.util.Arrays.copyOf(rules, size * 2);
        }
        hashes[size] = hash;
        rules[size] = (byte) rule;
        size++;
    }

    /** FNV-1a over the rule and the text's characters, then mixed so that close texts land far apart. */
    static long hash(int rule, String text) {
        long h = 0xcbf29ce484222325L ^ rule;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
