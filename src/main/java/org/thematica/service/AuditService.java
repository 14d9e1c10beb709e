package org.thematica.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.thematica.edit.EditCodec;
import org.thematica.edit.EditKind;
import org.thematica.model.UserError;
import org.thematica.store.HistoryRepository;

/**
 * The audit trail: who changed what, when, read from the history the undo stack already keeps.
 * A supervisor narrows it to one coder and to what happened since a day or an instant.
 */
public final class AuditService {
    /** One row of the trail: an edit done, undone or redone, and what part of the project it changed. */
    public record Entry(long id, String time, String coder, String action, String label, String state,
                        Set<EditKind> kinds) {
    }

    /**
     * Which rows: null coder for everyone, null since for the whole history, null kind for every
     * kind; the newest {@code limit}.
     */
    public record Filter(String coder, Instant since, EditKind kind, int limit) {
        public Filter {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1");
            }
        }

        public Filter(String coder, Instant since, int limit) {
            this(coder, since, null, limit);
        }
    }

    private final Project project;
    private final EditCodec codec = new EditCodec();

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
        HistoryRepository history = project.repos().history;
        List<Entry> out = new ArrayList<>();
        // A kind is read from the stored edit, so a kind filter reads further back than the limit.
        int batch = filter.kind() == null ? filter.limit() : Math.max(filter.limit() * 4, 200);
        long before = Long.MAX_VALUE;
        while (out.size() < filter.limit()) {
            List<HistoryRepository.Entry> rows = history.find(filter.coder(), since, before, batch);
            for (HistoryRepository.Entry row : rows) {
                Entry e = new Entry(row.id(), row.time(), row.actor(), row.action(), row.label(), row.state(),
                        kinds(history, row));
                if ((filter.kind() == null || e.kinds().contains(filter.kind())) && out.size() < filter.limit()) {
                    out.add(e);
                }
            }
            if (rows.size() < batch) {
                break;
            }
            before = rows.get(rows.size() - 1).id();
        }
        return out;
    }

    /** An undo or redo row names the step it acted on; the step holds the edit. */
    private Set<EditKind> kinds(HistoryRepository history, HistoryRepository.Entry row) {
        String json = row.redo();
        if (json == null && row.target() != null) {
            json = history.byId(row.target()).map(HistoryRepository.Entry::redo).orElse(null);
        }
        return json == null ? Set.of() : EditKind.of(codec.read(json));
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
