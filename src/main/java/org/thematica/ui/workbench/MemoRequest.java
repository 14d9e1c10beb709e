package org.thematica.ui.workbench;

import org.thematica.model.MemoTarget;

/**
 * A request to show (and write) the memos on one thing.
 *
 * @param targetId 0 for the project's own journal
 * @param about    how to name the thing to the user ("code 'security vacuum'")
 */
public record MemoRequest(MemoTarget target, long targetId, String about) {
}
