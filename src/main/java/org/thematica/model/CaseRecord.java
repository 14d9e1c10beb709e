package org.thematica.model;

/** A case: usually one participant (informant), named by a pseudonym. */
public record CaseRecord(long id, String guid, String name, String description) {
}
