package org.thematica.ui.codebook;

/**
 * Whether a dragged code may land on a target, and if not, why (null when the refusal needs no
 * explanation, such as dropping a code on itself).
 */
record Drop(boolean allowed, String reason) {
    static Drop ok() {
        return new Drop(true, null);
    }

    static Drop refused(String reason) {
        return new Drop(false, reason);
    }

    static Drop quiet() {
        return new Drop(false, null);
    }
}
