package org.thematica.ui.agreement;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.thematica.analysis.agreement.Disagreements.Resolution;
import org.thematica.model.UserError;
import org.thematica.service.AdjudicationService;
import org.thematica.service.AdjudicationService.Disagreement;
import org.thematica.service.AgreementService;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The disagreement view's state and commands: the passages where the two coders differ (all, or
 * one code's), and what can be done with one: show it in the transcript, or settle it (take A's,
 * B's, the union, the intersection, or another code), each one undoable step, into both coders'
 * codings or into a consensus coder.
 */
public final class DisagreementsViewModel {
    private final AgreementViewModel agreement;
    private final WorkbenchContext context;
    private final BooleanProperty toConsensus = new SimpleBooleanProperty();
    private final StringProperty consensusName = new SimpleStringProperty(AdjudicationService.CONSENSUS);
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper("");

    public DisagreementsViewModel(AgreementViewModel agreement) {
        this.agreement = agreement;
        this.context = agreement.context();
    }

    /** The passages listed (the chosen code's, or all; the first {@link AgreementViewModel#LISTED}). */
    public javafx.collections.ObservableList<Disagreement> shown() {
        return agreement.disagreements();
    }

    /** The code whose disagreements are listed; null: every code's. */
    public ObjectProperty<String> codeProperty() {
        return agreement.listedCodeProperty();
    }

    /** "16 passages where they differ", and how many are not listed. */
    public javafx.beans.binding.StringBinding countText() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = agreement.differingProperty().get();
            int more = agreement.notListedProperty().get();
            return String.format(java.util.Locale.ROOT, "%,d %s where they differ", n, n == 1 ? "passage" : "passages")
                    + (more > 0 ? String.format(java.util.Locale.ROOT, " (the first %,d listed; choose a code to see"
                    + " its own)", n - more) : "");
        }, agreement.differingProperty(), agreement.notListedProperty());
    }

    public BooleanProperty toConsensusProperty() {
        return toConsensus;
    }

    public StringProperty consensusNameProperty() {
        return consensusName;
    }

    /** What the last adjudication or undo did, or why it was refused (one line). */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    /** Opens the passage's document in the main window and selects the passage. */
    public void reveal(Disagreement d) {
        context.selection().reveal(d.documentId(), d.range().start(), d.range().end());
        context.say("Showing " + d.document() + ", " + d.code() + ": " + DisagreementCell.kind(d) + ".");
    }

    /**
     * Settles a passage ({@code recodeTo}: the other code, for {@link Resolution#RECODE}). The
     * list follows when the edit arrives; a refusal is told, nothing changes.
     */
    public void adjudicate(Disagreement d, Resolution resolution, String recodeTo) {
        if (d == null || context.isReadOnly()) {
            return;
        }
        AgreementService.Request request = agreement.request();
        String consensus = toConsensus.get() ? consensusName.get() : null;
        context.background().run(() -> {
            try {
                return context.project().adjudication().adjudicate(request.coderA(), request.coderB(), d, resolution,
                        recodeTo, consensus).map(label -> "Done: " + label + ". Undo takes it back.")
                        .orElse("Nothing to change: " + consensus + " already has this passage so.");
            } catch (UserError e) {
                return "Not done: " + e.getMessage() + ".";
            }
        }, this::tell);
    }

    /** Gives the consensus coder every passage the two coders coded alike (one undoable step). */
    public void copyAgreed() {
        if (context.isReadOnly()) {
            return;
        }
        AgreementService.Request request = agreement.request();
        String consensus = consensusName.get();
        context.background().run(() -> {
            try {
                int n = context.project().adjudication().copyAgreed(request, consensus);
                return n == 0 ? consensus + " already holds every passage the two coders agree on."
                        : "Copied " + n + (n == 1 ? " agreed passage" : " agreed passages") + " into " + consensus
                        + ". Undo takes them back.";
            } catch (UserError e) {
                return "Not done: " + e.getMessage() + ".";
            }
        }, this::tell);
    }

    /** Undoes the newest step (an adjudication, or whatever was done last in the project). */
    public void undo() {
        if (context.isReadOnly()) {
            return;
        }
        context.background().run(() -> {
            try {
                return context.project().history().undo().map(l -> "Undone: " + l).orElse("Nothing to undo.");
            } catch (UserError e) {
                return e.getMessage();
            }
        }, this::tell);
    }

    private void tell(String message) {
        lastAction.set(message);
        context.say(message);
    }

    /** The codes a passage can be recoded to: every code but its own. */
    public List<String> otherCodes(Disagreement d) {
        return agreement.choicesProperty().get().codes().stream().filter(c -> !c.equals(d.code())).toList();
    }

    /**
     * The code to offer first when recoding: the one the other coder used on the same words, when
     * one coder coded the passage with this code and the other with another; else none.
     */
    public java.util.Optional<String> suggestedCode(Disagreement d) {
        return agreement.disagreements().stream().filter(o -> o.documentId() == d.documentId()
                && !o.code().equals(d.code()) && o.range().overlaps(d.range()) && o.kind() != d.kind()
                && o.kind() != org.thematica.analysis.agreement.Disagreements.Kind.EXTENT)
                .map(Disagreement::code).findFirst();
    }

    public String coderA() {
        return agreement.coderAProperty().get();
    }

    public String coderB() {
        return agreement.coderBProperty().get();
    }

    public boolean isReadOnly() {
        return context.isReadOnly();
    }
}
