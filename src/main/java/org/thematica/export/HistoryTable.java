package org.thematica.export;

import java.util.List;
import org.thematica.edit.EditKind;
import org.thematica.export.ThesisTables.Table;
import org.thematica.service.AuditService;

/** The audit trail as a table (time, coder, action, label, state, kind), for the CSV the command line and the window write. */
public final class HistoryTable {
    private HistoryTable() {
    }

    public static Table of(List<AuditService.Entry> entries) {
        List<List<List<String>>> rows = entries.stream().map(e -> List.of(List.of(e.time()), List.of(e.coder()),
                List.of(e.action()), List.of(e.label()), List.of(e.state() == null ? "" : e.state()),
                List.of(kinds(e)))).toList();
        return new Table("history", "History", "", List.of("time", "coder", "action", "label", "state", "kind"), rows);
    }

    /** The kinds of one step, space-separated ("codings codebook"). */
    public static String kinds(AuditService.Entry e) {
        return String.join(" ", e.kinds().stream().map(EditKind::label).toList());
    }
}
