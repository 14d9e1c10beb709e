package org.thematica.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import org.thematica.analysis.WordSnap;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Coding;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.TextRange;
import org.thematica.model.UserError;
import org.thematica.service.Project;
import org.thematica.service.ReviewQueue;
import org.thematica.service.WorkspaceService.Transcript;
import org.thematica.ui.workbench.CodingTarget;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The open document and the coding commands on it. The text is prepared once per document;
 * after an edit only the styles are recomputed (text and scroll position stay). All project
 * access runs on the background thread.
 */
public final class TranscriptViewModel {
    /** A coding at a place in the text, with what the popup shows about it. */
    public record CodingView(Coding coding, String code, String colour, String coder, List<Memo> memos) {
    }

    /** Tells the view about a change of styles only (same document, same text). */
    public record Restyle(TranscriptContent content) {
    }

    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<TranscriptContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Restyle> restyle = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ReviewQueue.Mark>> marks = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private final Consumer<ProjectEvents.Change> onChange = change -> restyle();
    private final ChangeListener<Long> onDocument = (o, old, id) -> load(id);
    private final CodingTarget target;
    /** What the view has selected right now, reported by the view (UTF-16 offsets). */
    private TextRange selection = new TextRange(0, 0);

    public TranscriptViewModel(WorkbenchContext context) {
        this.context = context;
        this.target = new CodingTarget() {
            @Override
            public void applyCode(long codeId) {
                TranscriptViewModel.this.applyCode(codeId);
            }

            @Override
            public void applyCodeNamed(String codeName) {
                TranscriptViewModel.this.applyCode(codeName);
            }
        };
    }

    public void activate() {
        context.events().addLeadingListener(onChange); // the coder waits for the highlight first
        context.selection().documentProperty().addListener(onDocument);
        context.codingTargetProperty().set(target);
        load(context.selection().documentProperty().get());
    }

    public void deactivate() {
        context.events().removeListener(onChange);
        context.selection().documentProperty().removeListener(onDocument);
        if (context.codingTargetProperty().get() == target) {
            context.codingTargetProperty().set(null);
        }
    }

    private void load(Long documentId) {
        if (documentId == null) {
            return;
        }
        context.background().run(() -> new Prepared(prepare(documentId), marks(documentId)), prepared -> {
            if (documentId.equals(context.selection().documentProperty().get())) {
                marks.set(prepared.marks());
                content.set(prepared.content());
            }
        });
    }

    /** After an edit: new styles for the same text (or a reload if the document went away). */
    private void restyle() {
        TranscriptContent shown = content.get();
        if (shown == null) {
            return;
        }
        long id = shown.documentId();
        Transcript before = shown.transcript();
        context.background().run(() -> context.project().repos().documents.isLive(id)
                ? new Prepared(TranscriptLayout.prepare(context.project().workspace().recode(before.document(),
                        before.text(), before.turns()), context.project().repos().codes.all(), shown), marks(id)) : null,
                prepared -> {
                    if (prepared != null && content.get() != null && content.get().documentId() == id) {
                        marks.set(prepared.marks());
                        restyle.set(new Restyle(prepared.content()));
                    }
                });
    }

    /** A document ready to show, with the badges of its reviewed codings. */
    private record Prepared(TranscriptContent content, List<ReviewQueue.Mark> marks) {
    }

    private List<ReviewQueue.Mark> marks(long documentId) {
        return context.project().reviews().queue().marksInDocument(documentId);
    }

    /** Opens the review screen on a reviewed coding (its badge was clicked): its thread, reply and resolve. */
    public void openReview(ReviewQueue.Mark mark) {
        context.openReview(new org.thematica.ui.workbench.ReviewRequest(ReviewQueue.State.ALL, mark.codingId()));
    }

    /** The badges of the reviewed codings in the open document (set before its content or restyle). */
    public ReadOnlyObjectProperty<List<ReviewQueue.Mark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    private TranscriptContent prepare(long documentId) {
        Project p = context.project();
        Transcript t = p.workspace().transcript(documentId);
        return TranscriptLayout.prepare(t, p.repos().codes.all());
    }

    // ---- selection and coding ----------------------------------------------------------------

    /** The view reports its selection (UTF-16 offsets in the document text). */
    public void selectionChanged(int start, int end) {
        selection = new TextRange(Math.min(start, end), Math.max(start, end));
    }

    /** The range a coding would cover now: the selection, widened to whole words if snapping is on. */
    public TextRange codableRange() {
        TranscriptContent c = content.get();
        if (c == null || selection.isEmpty()) {
            return selection;
        }
        return snapToWords.get() ? WordSnap.snap(c.transcript().text(), selection.start(), selection.end()) : selection;
    }

    /** A coding just made, with its code's name for the status line. */
    private record Applied(Coding coding, String codeName) implements Outcome {
    }

    /** Applies the code with this name (created if new) to the selected passage. */
    public void applyCode(String codeName) {
        TranscriptContent c = content.get();
        TextRange range = codableRange();
        if (!canCode(c, range)) {
            return;
        }
        String name = codeName.strip();
        context.background().run(() -> refusal(() -> new Applied(context.project().coding().apply(
                c.transcript().document(), c.transcript().text(), name, range.start(), range.end(), null), name)),
                this::coded);
    }

    /**
     * Applies an existing code, by id, to the selected passage (the codebook, a dropped code, keys
     * 1-9). A code deleted or merged since is refused, and leaves the recent codes.
     */
    public void applyCode(long codeId) {
        TranscriptContent c = content.get();
        TextRange range = codableRange();
        if (!canCode(c, range)) {
            return;
        }
        context.background().run(() -> {
            var name = context.project().coding().liveCodeName(codeId);
            if (name.isEmpty()) {
                return null;
            }
            return refusal(() -> new Applied(context.project().coding().apply(c.transcript().document(),
                    c.transcript().text(), codeId, range.start(), range.end(), null), name.get()));
        }, applied -> {
            if (applied == null) {
                context.recentCodes().forget(codeId);
                context.say("That code no longer exists (it was deleted or merged); nothing was coded.");
            } else {
                coded(applied);
            }
        });
    }

    /**
     * What applying a code came to: a coding made, or the service's refusal (the passage is
     * already coded so by this coder, say). A refusal is something the coder can see to, not a
     * failure: it is said on the status line, and nothing was written.
     */
    private sealed interface Outcome permits Applied, Refused {
    }

    private record Refused(String reason) implements Outcome {
    }

    private interface Attempt {
        Applied run() throws UserError;
    }

    private static Outcome refusal(Attempt attempt) {
        try {
            return attempt.run();
        } catch (UserError refused) {
            return new Refused(refused.getMessage());
        }
    }

    private boolean canCode(TranscriptContent c, TextRange range) {
        if (c == null || range.isEmpty()) {
            context.say("Select a passage first, then apply a code.");
            return false;
        }
        if (context.isReadOnly()) {
            context.say("This project is open read-only.");
            return false;
        }
        return true;
    }

    private void coded(Outcome outcome) {
        if (outcome instanceof Refused r) {
            context.say(sentence(r.reason()) + " Nothing was coded.");
        } else if (outcome instanceof Applied applied) {
            context.recentCodes().used(applied.coding().codeId());
            context.say("Coded “" + preview(applied.coding().text()) + "” as " + applied.codeName() + ".");
        }
    }

    /** A service's message ("this passage is already coded as …") as a sentence for the status line. */
    static String sentence(String message) {
        String m = message.strip();
        if (m.isEmpty()) {
            return m;
        }
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    /** In-vivo coding: the selected words become a new code, applied to them. */
    public void inVivo() {
        TranscriptContent c = content.get();
        TextRange range = codableRange();
        if (c == null || range.isEmpty()) {
            context.say("Select the words that should become a code.");
            return;
        }
        applyCode(inVivoName(range.of(c.transcript().text())));
    }

    /** A code name from a passage: one line, spaces collapsed, at most 60 characters, no quotes. */
    static String inVivoName(String passage) {
        String name = passage.replaceAll("\\s+", " ").strip().replaceAll("^[\"“”'‘’«»]+|[\"“”'‘’«».,;:!?]+$", "");
        if (name.length() > 60) {
            int cut = name.lastIndexOf(' ', 60);
            name = name.substring(0, cut > 20 ? cut : 60) + "…";
        }
        return name;
    }

    /** The codings covering a place in the text, for the popup (result on the FX thread). */
    public void codingsAt(int offset, Consumer<List<CodingView>> then) {
        TranscriptContent c = content.get();
        if (c == null) {
            return;
        }
        long documentId = c.documentId();
        context.background().run(() -> {
            Project p = context.project();
            Map<Long, Code> codes = p.repos().codes.all().stream().collect(Collectors.toMap(Code::id, x -> x));
            Map<Long, String> coders = p.repos().coders.all().stream().collect(Collectors.toMap(Coder::id, Coder::name));
            List<CodingView> views = new ArrayList<>();
            for (Coding coding : p.repos().codings.ofDocument(documentId)) {
                if (coding.start() <= offset && offset < coding.end() && codes.containsKey(coding.codeId())) {
                    Code code = codes.get(coding.codeId());
                    views.add(new CodingView(coding, code.name(), code.colour(), coders.getOrDefault(coding.coderId(), "?"),
                            p.repos().memos.of(MemoTarget.CODING, coding.id())));
                }
            }
            return views;
        }, then);
    }

    public void remove(Coding coding) {
        context.background().run(() -> {
            context.project().coding().remove(coding);
            return null;
        }, x -> context.say("Removed the coding (Undo brings it back)."));
    }

    public void recode(Coding coding, String codeName) {
        context.background().run(() -> {
            context.project().coding().recode(coding, codeName.strip());
            return null;
        }, x -> context.say("Recoded as " + codeName.strip() + "."));
    }

    /** Moves a coding's boundaries to the current (snapped) selection. */
    public void resizeToSelection(Coding coding) {
        TextRange range = codableRange();
        if (range.isEmpty()) {
            context.say("Select the new extent of the passage first.");
            return;
        }
        context.background().run(() -> {
            context.project().coding().resize(coding, range.start(), range.end());
            return null;
        }, x -> context.say("Resized the coding."));
    }

    public void openMemo(Coding coding, String codeName) {
        context.openMemo(MemoTarget.CODING, coding.id(), "coding of “" + preview(coding.text()) + "” as " + codeName);
    }

    /** All live code names, for the code finder (result on the FX thread). */
    public void codeNames(Consumer<List<String>> then) {
        context.background().run(() -> context.project().repos().codes.all().stream().map(Code::name).toList(), then);
    }

    static String preview(String text) {
        String t = text.replace('\n', ' ').strip();
        return t.length() <= 50 ? t : t.substring(0, 49) + "…";
    }

    public ReadOnlyObjectProperty<TranscriptContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Restyle> restyleProperty() {
        return restyle.getReadOnlyProperty();
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    public WorkbenchContext context() {
        return context;
    }
}
