package org.thematica.model;

/** Ties a text offset (UTF-16) to a media time, as REFI-QDA transcripts do. */
public record SyncPoint(int offset, long timeMs) {
}
