package org.thematica.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.thematica.edit.EditKind;
import org.thematica.export.TableWriter;
import org.thematica.export.HistoryTable;
import org.thematica.service.AuditService;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The audit trail screen's state: the filters (coder, since a day, kind), the rows they select,
 * and the one-click "what changed in the codings since my last review". Reads through
 * AuditService and ReviewService on the project thread; only the latest answer is applied.
 */
public final class HistoryViewModel {
    /** How many rows the screen shows at most; the CSV export takes the same rows. */
    static final int LIMIT = 5_000;
    /** The coder filter's "everyone" entry. */
    public static final String EVERYONE = "everyone";

    private final WorkbenchContext context;
    private final ObservableList<AuditService.Entry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> coders = FXCollections.observableArrayList(EVERYONE);
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>(EVERYONE);
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<EditKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long asked;
    /** The instant of the last review when the one-click filter set the day; null otherwise. */
    private Instant exactSince;

    public HistoryViewModel(WorkbenchContext context) {
        this.context = context;
        coder.addListener((o, a, b) -> refresh());
        since.addListener((o, a, b) -> {
            if (exactSince != null && !LocalDate.ofInstant(exactSince, ZoneOffset.UTC).equals(b)) {
                exactSince = null; // the user chose another day
            }
            refresh();
        });
        kind.addListener((o, a, b) -> refresh());
    }

    public void activate() {
        context.background().run(() -> context.project().coderNames(), names -> {
            coders.setAll(EVERYONE);
            coders.addAll(names);
        });
        refresh();
    }

    /** Re-reads the rows for the current filters; an older answer arriving late is dropped. */
    public void refresh() {
        long ticket = ++asked;
        AuditService.Filter filter = filter();
        context.background().run(() -> context.project().audit().entries(filter), found -> {
            if (ticket == asked) {
                rows.setAll(found);
                status.set(found.size() + (found.size() == LIMIT ? "+" : "") + (found.size() == 1 ? " step" : " steps")
                        + (exactSince != null ? " since your last review, " + exactSince.toString().replace('T', ' ')
                        .replace("Z", " UTC") : ""));
            }
        });
    }

    private AuditService.Filter filter() {
        String who = coder.get() == null || coder.get().equals(EVERYONE) ? null : coder.get();
        Instant from = exactSince != null ? exactSince
                : since.get() == null ? null : since.get().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new AuditService.Filter(who, from, kind.get(), LIMIT);
    }

    /**
     * The codings added, removed or changed since this session's coder last gave a verdict or
     * replied: everyone's, of kind codings, since that day.
     */
    public void changesSinceMyLastReview() {
        context.background().run(() -> context.project().reviews().lastReviewByMe(), last -> {
            if (last.isEmpty()) {
                context.say("You have not reviewed anything in this project yet.");
                return;
            }
            exactSince = last.get();
            coder.set(EVERYONE);
            kind.set(EditKind.CODINGS);
            since.set(LocalDate.ofInstant(last.get(), ZoneOffset.UTC));
            refresh(); // the day may not have changed, the instant has
        });
    }

    /** Writes the rows shown as CSV (time, coder, action, label, state, kind). */
    public void exportCsv(Path file) {
        List<AuditService.Entry> shown = List.copyOf(rows);
        context.background().run(() -> TableWriter.writeTo(HistoryTable.of(shown), TableWriter.Format.CSV, file),
                written -> context.say("Wrote " + shown.size() + " steps to " + written.getFileName()));
    }

    public ObservableList<AuditService.Entry> rows() {
        return rows;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<EditKind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
