package org.thematica.model;

import java.util.Collection;

/**
 * What the analyst sees on a reviewed coding or code: the most pressing state of the verdicts on
 * it. An open question comes first, then an open disagreement; with nothing open, an agreement;
 * with only resolved threads, resolved.
 */
public enum ReviewBadge {
    NONE, RESOLVED, AGREED, DISPUTED, QUESTION;

    /** The badge of one coding or code, from the verdicts on it (replies are ignored). */
    public static ReviewBadge of(Collection<Review> reviews) {
        ReviewBadge badge = NONE;
        for (Review r : reviews) {
            if (r.isReply()) {
                continue;
            }
            ReviewBadge one = r.isOpen() ? (r.verdict() == Verdict.QUESTION ? QUESTION : DISPUTED)
                    : r.verdict() == Verdict.AGREE ? AGREED : RESOLVED;
            if (one.ordinal() > badge.ordinal()) {
                badge = one;
            }
        }
        return badge;
    }

    /** The sign shown on a coding: ✓ agreed or resolved, ✗ disputed, ? an open question. */
    public String symbol() {
        return switch (this) {
            case AGREED, RESOLVED -> "✓";
            case DISPUTED -> "✗";
            case QUESTION -> "?";
            case NONE -> "";
        };
    }

    /** One word for a list or a tooltip: "agreed", "disputed", "question", "resolved", "". */
    public String word() {
        return this == NONE ? "" : name().toLowerCase(java.util.Locale.ROOT);
    }
}
