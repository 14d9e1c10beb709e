package org.thematica.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.store.StatsRepository.Totals;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The window's own state and commands: title, status line, undo/redo labels, and the import
 * job (progress, cancel, summary). No nodes.
 */
public final class MainViewModel {
    /** What an import did, for the summary the user sees at the end. */
    public record ImportSummary(List<ImportService.Imported> imported, List<String> failures, String error) {
    }

    private final WorkbenchContext context;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Thematica");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coderColour = new ReadOnlyStringWrapper(org.thematica.model.CoderColours.PALETTE
            .get(0));
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper("");
    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();
    private volatile boolean cancelImport;

    public MainViewModel(WorkbenchContext context) {
        this.context = context;
    }

    public void activate() {
        context.events().addListener(onChange);
        refresh();
    }

    public void deactivate() {
        context.events().removeListener(onChange);
    }

    private record State(String name, Totals totals, String undo, String redo, String coderColour) {
    }

    public void refresh() {
        context.background().run(() -> new State(context.project().name(), context.project().repos().stats.totals(),
                context.project().history().undoLabel().orElse(null),
                context.project().history().redoLabel().orElse(null),
                context.project().coders().colourOf(context.project().coderName())), s -> {
                    String readOnly = context.isReadOnly() ? " (read-only)" : "";
                    title.set(s.name() + readOnly + " — " + context.project().file().getFileName() + " — Thematica");
                    Totals t = s.totals();
                    summary.set(count(t.documents(), "document") + " · " + count(t.codes(), "code") + " · "
                            + count(t.themes(), "theme") + " · " + count(t.codings(), "coding")
                            + (context.project().isLost() ? " · NOT SAVED: changes are no longer written"
                            : context.isReadOnly() ? " · read-only" : " · saved"));
                    coder.set(context.project().coderName());
                    coderColour.set(s.coderColour());
                    undoLabel.set(s.undo());
                    redoLabel.set(s.redo());
                });
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public void undo() {
        if (context.isReadOnly()) {
            return;
        }
        context.background().run(() -> context.project().history().undo(),
                label -> context.say(label.map(l -> "Undone: " + l).orElse("Nothing to undo.")));
    }

    /** Who this session records as making each coding, memo, verdict and edit. */
    public ReadOnlyStringProperty coderProperty() {
        return coder.getReadOnlyProperty();
    }

    /** The colour the session's coder is shown in where coders are compared ({@code #RRGGBB}). */
    public ReadOnlyStringProperty coderColourProperty() {
        return coderColour.getReadOnlyProperty();
    }

    /** What the coder chooser offers: everyone who has worked on the project, and their colours. */
    public record KnownCoders(List<String> names, java.util.Map<String, String> colours, String newcomerColour) {
        public String colourOf(String name) {
            return colours.getOrDefault(name, newcomerColour);
        }
    }

    public void knownCoders(Consumer<KnownCoders> then) {
        context.background().run(() -> new KnownCoders(context.project().coderNames(),
                context.project().coders().colours(), context.project().coders().newcomerColour()), then);
    }

    /** Shows {@code name} in {@code colour} where coders are compared (one undoable step). */
    public void colourCoder(String name, String colour) {
        if (context.isReadOnly()) {
            return;
        }
        context.background().run(() -> {
            try {
                return context.project().coders().setColour(name, colour) ? name + " is shown in "
                        + context.project().coders().colourOf(name) + " from now on. Undo takes it back." : null;
            } catch (org.thematica.model.UserError e) {
                return "Not done: " + e.getMessage() + ".";
            }
        }, said -> {
            if (said != null) {
                context.say(said);
            }
        });
    }

    /**
     * Records what follows as made by {@code name}. The name rule is the project's own
     * (model.Names); {@code done} runs once the project has switched.
     */
    public void switchCoder(String name, Runnable done) {
        String problem = org.thematica.model.Names.problem(name, "coder");
        if (problem != null) {
            context.say(problem);
            return;
        }
        String who = name.strip();
        context.background().run(() -> {
            context.project().actAs(who);
            return who;
        }, w -> {
            coder.set(w);
            context.say("Coding as " + w + " from now on.");
            done.run();
        });
    }

    public void redo() {
        if (context.isReadOnly()) {
            return;
        }
        context.background().run(() -> context.project().history().redo(),
                label -> context.say(label.map(l -> "Redone: " + l).orElse("Nothing to redo.")));
    }

    /**
     * Imports files as one background job. Unreadable files are skipped and reported; the
     * readable ones land together as one undo step. {@code done} gets the summary.
     */
    public void importFiles(List<Path> files, DocumentKind kind, Consumer<ImportSummary> done) {
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return;
        }
        cancelImport = false;
        importing.set(true);
        importProgress.set(0);
        importMessage.set("Importing " + files.size() + " file(s)…");
        List<String> failures = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(int done, int total, String message) {
                Platform.runLater(() -> {
                    importProgress.set(total == 0 ? 0 : (double) done / total);
                    importMessage.set(message);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelImport;
            }
        };
        context.background().run(() -> {
            try {
                var imported = context.project().imports().importFiles(
                        new ImportService.Request(files, kind, null, null, null), true, failures, progress);
                return new ImportSummary(imported, failures, null);
            } catch (CancellationException e) {
                return new ImportSummary(List.of(), failures, e.getMessage());
            } catch (org.thematica.model.UserError e) {
                return new ImportSummary(List.of(), failures, e.getMessage());
            }
        }, summary -> {
            importing.set(false);
            context.say(summary.error() != null ? summary.error()
                    : "Imported " + summary.imported().size() + " document(s)"
                    + (summary.failures().isEmpty() ? "." : "; " + summary.failures().size() + " file(s) skipped."));
            done.accept(summary);
        });
    }

    public void cancelImport() {
        cancelImport = true;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importMessageProperty() {
        return importMessage.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }
}
