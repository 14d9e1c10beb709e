package org.thematica.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.thematica.model.UserError;
import org.thematica.store.HistoryRepository;

/**
 * The audit trail: who changed what, when, read from the history the undo stack already keeps.
 * A supervisor narrows it to one coder and to what happened since a day or an instant.
 */
public final class AuditService {
    /** One row of the trail: an edit done, undone or redone. */
    public record Entry(long id, String time, String coder, String action, String label, String state) {
    }

    /** Which rows: null coder for everyone, null since for the whole history; the newest {@code limit}. */
    public record Filter(String coder, Instant since, int limit) {
        public Filter {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1");
            }
        }
    }

    private final Project project;

    AuditService(Project project) {
        this.project = project;
    }

    /** The rows the filter selects, newest first. An unknown coder is a user error, not an empty list. */
    public List<Entry> entries(Filter filter) throws UserError {
        if (filter.coder() != null && project.repos().coders.byName(filter.coder()).isEmpty()
                && project.repos().history.countBy(filter.coder()) == 0) {
            throw new UserError("no coder named '" + filter.coder() + "' has changed this project");
        }
        // History times are ISO-8601 instants in UTC with second precision, so they order as text.
        String since = filter.since() == null ? null : filter.since().toString();
        return project.repos().history.find(filter.coder(), since, filter.limit()).stream()
                .map(AuditService::entry).toList();
    }

    private static Entry entry(HistoryRepository.Entry e) {
        return new Entry(e.id(), e.time(), e.actor(), e.action(), e.label(), e.state());
    }

    /**
     * A day ({@code 2026-12-01}, from its start in UTC, the zone history times are kept in) or an
     * instant ({@code 2026-12-01T09:30:00Z}).
     */
    public static Instant parseSince(String text) throws UserError {
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new UserError("'" + text + "' is not a date (2026-12-01) or a time (2026-12-01T09:30:00Z)");
        }
    }
}
