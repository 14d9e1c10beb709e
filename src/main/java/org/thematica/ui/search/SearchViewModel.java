package org.thematica.ui.search;

import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.thematica.edit.CreateCase;
import org.thematica.edit.Edit;
import org.thematica.edit.ImportDocument;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.SetDocumentCase;
import org.thematica.edit.SetTurnCases;
import org.thematica.edit.UpdateCase;
import org.thematica.edit.UpdateDocument;
import org.thematica.service.RetrievalService;
import org.thematica.service.SearchRun;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.service.RetrievalService.SearchResult;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Search across all documents: the query, the hits in context, and showing a hit in the
 * transcript. The search runs on the project thread; a result that arrives after a newer
 * search is dropped.
 */
public final class SearchViewModel {
    /** How many occurrences are listed; all are counted. */
    static final int MAX_HITS = 500;
    /** How long one step of a search reads documents before letting other project work run. */
    private static final long STEP_NANOS = 40_000_000;
    static final String HOW = "Type words and press Enter to search every document. \"Quotes\" find a phrase,"
            + " word* finds words that start so, and a OR b finds either.";
    /** Edits that change what a search finds or how a hit is labelled (not codings). */
    private static final Set<Class<? extends Edit>> CONCERNED = Set.of(ImportDocument.class, UpdateDocument.class,
            SetDeleted.class, SetDocumentCase.class, SetTurnCases.class, CreateCase.class, UpdateCase.class);

    private final WorkbenchContext context;
    private final RetrievalService service;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<SearchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(HOW);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final Consumer<ProjectEvents.Change> onChange = this::changed;
    /** Written on the FX thread, read by a search's next step on the project thread. */
    private volatile long generation;
    private boolean active;
    /** Whether the documents are being (or have been) read into the search index; FX thread. */
    private boolean preparing;
    /** The project's events delivered when Search was last hidden. */
    private long hiddenAt;

    public SearchViewModel(WorkbenchContext context) {
        this.context = context;
        this.service = new RetrievalService(context.project());
    }

    /** Search is shown: the hits shown are found again, once, if documents changed while it was hidden. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.events().addListener(onChange);
        SearchResult shown = result.get();
        if (shown != null && context.events().touchedSince(hiddenAt, CONCERNED)) {
            run(shown.query());
        }
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        preparing = false;
        hiddenAt = context.events().mark();
        context.events().removeListener(onChange);
    }

    private void changed(ProjectEvents.Change change) {
        if (CONCERNED.stream().anyMatch(change::touches)) {
            preparing = false; // new documents: the next prepare() reads them
            SearchResult shown = result.get();
            if (shown != null) {
                run(shown.query());
            }
        }
    }

    /**
     * Reads the documents into the search index, in steps on the project thread, while the
     * user types the first query: that search then counts from the index (milliseconds) instead
     * of reading every text. A search started meanwhile reads the rest itself, so nothing waits.
     */
    public void prepare() {
        if (!preparing && active) {
            preparing = true;
            prepareStep();
        }
    }

    private void prepareStep() {
        context.background().run(() -> service.prepareSearch(STEP_NANOS), done -> {
            if (!done && active) {
                prepareStep();
            }
        });
    }

    /** Searches for what the query field holds. */
    public void search() {
        run(query.get().strip());
    }

    private void run(String text) {
        long request = ++generation;
        if (text.isEmpty()) {
            result.set(null);
            summary.set("");
            emptyMessage.set(HOW);
            return;
        }
        searching.set(true);
        summary.set("Searching…");
        context.background().run(() -> {
            SearchRun search = service.start(text, MAX_HITS);
            search.step(STEP_NANOS);
            return search;
        }, search -> shown(request, text, search));
    }

    /**
     * Shows what a search has found so far and, if it has more documents to read, queues its
     * next step behind whatever else waits for the project (a coding made meanwhile is not held
     * up by counting a large project's occurrences). A newer search stops it.
     */
    private void shown(long request, String text, SearchRun search) {
        if (request != generation) {
            return;
        }
        SearchResult found = search.result();
        result.set(found);
        summary.set(found.summary());
        searching.set(!found.complete());
        emptyMessage.set(found.matches() > 0 ? "" : found.complete() ? "No document contains “" + text + "”. Check"
                + " the spelling, or end a word with * to find words that start with it." : "Searching…");
        if (!found.complete()) {
            context.background().run(() -> {
                if (request == generation) {
                    search.step(STEP_NANOS);
                }
                return search;
            }, next -> shown(request, text, next));
        }
    }

    /** Shows the hit in the transcript. */
    public void reveal(Hit hit) {
        context.selection().reveal(hit.documentId(), hit.start(), hit.end());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The last result, or null before any search. */
    public ReadOnlyObjectProperty<SearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "N matches in M documents". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
