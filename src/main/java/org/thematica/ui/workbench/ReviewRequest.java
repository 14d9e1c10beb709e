package org.thematica.ui.workbench;

import org.thematica.service.ReviewQueue;

/**
 * A request to open the review screen: on the codings in a state (the reviewer's unreviewed ones,
 * the analyst's threads waiting for an answer), and on one coding when {@code codingId} is set
 * (a badge in the transcript or the Passages list was clicked).
 */
public record ReviewRequest(ReviewQueue.State state, Long codingId) {
}
