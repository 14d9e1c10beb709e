package org.thematica.model;

/**
 * A reviewer's verdict and comment on a coding or a code's definition ({@code parentId} 0), or a
 * reply in the thread of the verdict {@code parentId}. A thread is resolved when its verdict has
 * a {@code resolved} time (and the coder who resolved it); replies are never resolved themselves.
 */
public record Review(long id, String guid, Target target, long targetId, long parentId, long reviewerId,
                     Verdict verdict, String comment, String created, String resolved, long resolvedBy) {

    /** What a review is about. */
    public enum Target {
        CODING, CODE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Target parse(String key) {
            return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean isReply() {
        return parentId != 0;
    }

    public boolean isResolved() {
        return resolved != null;
    }

    /** A question or a disagreement waits for an answer until someone resolves it; an agreement needs none. */
    public boolean isOpen() {
        return !isReply() && !isResolved() && (verdict == Verdict.QUESTION || verdict == Verdict.DISAGREE);
    }
}
