package org.thematica.ui.retrieval;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.thematica.model.Coding;
import org.thematica.model.Code;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.service.RetrievalService;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.service.RetrievalService.Filter;
import org.thematica.service.RetrievalService.FilterOptions;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.service.RetrievalService.Passages;
import org.thematica.service.RetrievalService.Target;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The passages of the chosen code or theme, narrowed by the filters, re-read whenever the
 * choice, a filter or the project changes; and the commands on a choice of passages. Reads run
 * on the project thread; a result that arrives after a newer request is dropped.
 */
public final class PassagesViewModel {
    static final String NOTHING_CHOSEN = "Choose a code or a theme in the codebook to see every passage coded with it.";

    private final WorkbenchContext context;
    private final RetrievalService service;
    private final ReadOnlyObjectWrapper<Passages> passages = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FilterOptions> options =
            new ReadOnlyObjectWrapper<>(new FilterOptions(List.of(), List.of()));
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(NOTHING_CHOSEN);
    private final ReadOnlyObjectWrapper<java.util.Map<Long, org.thematica.model.ReviewBadge>> badges =
            new ReadOnlyObjectWrapper<>(java.util.Map.of());
    private final ObjectProperty<AttributeFilter> attribute = new SimpleObjectProperty<>(this, "attribute");
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>(this, "coder");
    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();
    private final ChangeListener<Object> onChoice = this::choiceChanged;
    private long generation;
    private boolean active;
    /** The last figure's request taken in (a request is taken once: the user may change the filters after). */
    private org.thematica.ui.workbench.PassageRequest appliedRequest;

    public PassagesViewModel(WorkbenchContext context) {
        this.context = context;
        this.service = new RetrievalService(context.project());
    }

    private final javafx.beans.value.ChangeListener<org.thematica.ui.workbench.PassageRequest> onFilterRequest =
            (o, old, request) -> applyRequest(request);

    /** A figure asked for the passages behind a bar or cell: narrow to what it shows. */
    private void applyRequest(org.thematica.ui.workbench.PassageRequest request) {
        if (request == null || request == appliedRequest) {
            return;
        }
        appliedRequest = request;
        attribute.set(request.attribute() == null ? null : new AttributeFilter(request.attribute(), request.value()));
        kind.set(request.kind());
        coder.set(request.coder());
    }

    /**
     * The list is shown: it takes a figure's request made while it was hidden (the figure asks,
     * then the dock shows this list), and reads the passages once.
     */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        applyRequest(context.selection().passageFilterProperty().get());
        context.selection().passageFilterProperty().addListener(onFilterRequest);
        context.events().addListener(onChange);
        context.selection().codeProperty().addListener(onChoice);
        context.selection().themeProperty().addListener(onChoice);
        attribute.addListener(onChoice);
        kind.addListener(onChoice);
        coder.addListener(onChoice);
        refresh();
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        active = false;
        context.selection().passageFilterProperty().removeListener(onFilterRequest);
        context.events().removeListener(onChange);
        context.selection().codeProperty().removeListener(onChoice);
        context.selection().themeProperty().removeListener(onChoice);
        attribute.removeListener(onChoice);
        kind.removeListener(onChoice);
        coder.removeListener(onChoice);
    }

    private void choiceChanged(ObservableValue<?> o, Object old, Object now) {
        refresh();
    }

    /** The code or theme chosen in the codebook, or null. */
    Target target() {
        Long code = context.selection().codeProperty().get();
        Long theme = context.selection().themeProperty().get();
        return code != null ? Target.code(code) : theme != null ? Target.theme(theme) : null;
    }

    public Filter filter() {
        return new Filter(attribute.get(), kind.get(), coder.get());
    }

    /** Re-reads the passages and the filter choices. */
    public void refresh() {
        Target target = target();
        Filter filter = filter();
        long request = ++generation;
        context.background().run(() -> {
            Passages found = target == null ? null : service.passages(target, filter);
            return new Loaded(found, service.filterOptions(), found == null ? java.util.Map.of()
                    : context.project().reviews().queue().badges(found.rows().stream().map(p -> p.coding().id()).toList()));
        }, loaded -> {
                    if (request == generation) {
                        options.set(loaded.options());
                        badges.set(loaded.badges());
                        passages.set(loaded.passages());
                        emptyMessage.set(emptyMessage(loaded.passages(), filter));
                    }
                });
    }

    private record Loaded(Passages passages, FilterOptions options,
                          java.util.Map<Long, org.thematica.model.ReviewBadge> badges) {
    }

    /** What the empty list says: why it is empty and what to do. */
    static String emptyMessage(Passages p, Filter filter) {
        if (p == null || p.name() == null) {
            return NOTHING_CHOSEN;
        }
        String what = (p.target().theme() ? "theme '" : "code '") + p.name() + "'";
        if (p.total() == 0) {
            return p.target().theme()
                    ? "Nothing is coded with the codes of " + what + " yet. Add codes to the theme, or code passages with them."
                    : "No passages are coded with " + what + " yet. Select text in a transcript and apply the code.";
        }
        if (p.rows().isEmpty() && !filter.isNone()) {
            return "None of the " + p.total() + " passages of " + what + " match the filters. Choose “All cases”,"
                    + " “All documents” and “All coders” to see them all.";
        }
        return "";
    }

    // ---- commands -----------------------------------------------------------------------------

    /** The review badge of each listed passage that has a verdict (set before the passages). */
    public ReadOnlyObjectProperty<java.util.Map<Long, org.thematica.model.ReviewBadge>> badgesProperty() {
        return badges.getReadOnlyProperty();
    }

    /** Opens the review screen on a passage's coding (its thread, reply and resolve). */
    public void openReview(Passage p) {
        context.openReview(new org.thematica.ui.workbench.ReviewRequest(org.thematica.service.ReviewQueue.State.ALL,
                p.coding().id()));
    }

    /** Shows the passage in the transcript. */
    public void reveal(Passage p) {
        context.selection().reveal(p.coding().documentId(), p.coding().start(), p.coding().end());
    }

    /** Moves the passages' codings to a code, new or existing: one undo step. */
    public void moveTo(List<Passage> chosen, String codeName) {
        if (!writable() || chosen.isEmpty()) {
            return;
        }
        List<Coding> codings = chosen.stream().map(Passage::coding).toList();
        context.background().run(() -> {
            try {
                RetrievalService.Moved m = service.moveCodings(codings, codeName);
                return movedMessage(m);
            } catch (UserError e) {
                return "Nothing was moved: " + e.getMessage() + ".";
            }
        }, context::say);
    }

    static String movedMessage(RetrievalService.Moved m) {
        StringBuilder text = new StringBuilder();
        if (m.moved() > 0) {
            text.append("Moved ").append(m.moved()).append(m.moved() == 1 ? " passage" : " passages").append(" to ")
                    .append(m.created() ? "the new code '" : "'").append(m.code()).append("'.");
        }
        if (m.merged() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(m.merged())
                    .append(m.merged() == 1 ? " passage was" : " passages were").append(" already coded as '")
                    .append(m.code()).append("' and kept once.");
        }
        return text.append(" Undo takes it back.").toString();
    }

    /** Removes the passages' codings: one undo step. */
    public void remove(List<Passage> chosen) {
        if (!writable() || chosen.isEmpty()) {
            return;
        }
        List<Coding> codings = chosen.stream().map(Passage::coding).toList();
        context.background().run(() -> {
            try {
                int n = service.removeCodings(codings);
                return "Removed " + n + (n == 1 ? " coding" : " codings") + ". Undo brings "
                        + (n == 1 ? "it" : "them") + " back.";
            } catch (UserError e) {
                return "Nothing was removed: " + e.getMessage() + ".";
            }
        }, context::say);
    }

    /** The quotes with their document and case, for the clipboard. */
    public String quotes(List<Passage> chosen) {
        return RetrievalService.quotes(chosen);
    }

    /** The names of the live codes, for choosing where passages go. */
    public void codeNames(Consumer<List<String>> then) {
        context.background().run(() -> context.project().repos().codes.all().stream().map(Code::name).toList(), then);
    }

    private boolean writable() {
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return false;
        }
        return true;
    }

    // ---- state --------------------------------------------------------------------------------

    /** The passages shown, or null when no code or theme is chosen. */
    public ReadOnlyObjectProperty<Passages> passagesProperty() {
        return passages.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FilterOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Only passages whose case has this attribute value; null: all cases. */
    public ObjectProperty<AttributeFilter> attributeProperty() {
        return attribute;
    }

    /** Only passages in interviews, or in sources; null: all documents. */
    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    /** Only this coder's passages; null: all coders. */
    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    public WorkbenchContext context() {
        return context;
    }
}
