package org.thematica.model;

/**
 * A code from the codebook.
 *
 * @param colour   {@code #rrggbb}
 * @param parentId the parent code for sub-codes, or null
 */
public record Code(long id, String guid, String name, String colour, String description, Long parentId) {
}
