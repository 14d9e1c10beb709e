package org.thematica.analysis;

/** A mutable count per int key (open addressing); counts may go down again. Not thread-safe. */
final class IntCounts {
    private int[] keys = new int[16]; // key + 1; 0 = empty
    private int[] values = new int[16];
    private int size;

    void add(int key, int delta) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key + 1) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            keys[slot] = key + 1;
            values[slot] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        values[slot] += delta;
    }

    int get(int key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == key + 1) {
                return values[slot];
            }
        }
        return 0;
    }

    /** How many keys have been added (a key whose count went back to 0 still counts). */
    int size() {
        return size;
    }

    /** A key and its count. */
    interface Entry {
        void accept(int key, int count);
    }

    /** Every key added, with its count, in no particular order. */
    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                entry.accept(keys[i] - 1, values[i]);
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i] - 1) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 15);
    }
}
