package org.thematica.analysis;

import java.util.Arrays;

/**
 * Maps ids (longs) to small indexes (ints) without boxing: an open-addressing table for the
 * per-passage lookups of the analyses, which run over hundreds of thousands of passages.
 */
final class LongIndex {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    /** A table for up to {@code capacity} keys. */
    LongIndex(int capacity) {
        int size = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        keys = new long[size];
        values = new int[size];
        Arrays.fill(values, -1);
        mask = size - 1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Sets the index of {@code key} ({@code value} must not be negative). */
    void put(long key, int value) {
        int i = slot(key);
        while (values[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The index of {@code key}, or -1. */
    int get(long key) {
        int i = slot(key);
        while (values[i] >= 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }
}
