package org.thematica.model;

/** A supervisor's verdict and comment on a coding. */
public record Review(long id, String guid, long codingId, long reviewerId, Verdict verdict, String comment,
                     String created) {
}
