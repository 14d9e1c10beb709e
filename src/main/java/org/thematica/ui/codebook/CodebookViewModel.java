package org.thematica.ui.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.thematica.model.Code;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.ThemeStatus;
import org.thematica.model.UserError;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.Codebook;
import org.thematica.service.WorkspaceService.ThemeRow;
import org.thematica.ui.workbench.ProjectEvents;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The codebook and themes with live counts: choosing, coding from the codebook, and every
 * edit of codes and themes. Writes go through {@code CodebookService} on the project thread;
 * the view re-reads when the edit's event arrives, like every other pane. Names are what the
 * services take, so a command names the code or theme it works on.
 */
public final class CodebookViewModel {
    static final String READ_ONLY = "This project is open read-only; nothing was changed.";

    /** A failed edit for the view to show: what was tried, and why it did not happen. */
    public record Problem(String title, String message) {
    }

    /** What the view should select once the next read arrives (a code or theme just made). */
    record Focus(boolean theme, String name) {
    }

    /** One write, run on the project thread; a UserError is reported, not thrown at the user. */
    @FunctionalInterface
    interface Change {
        void apply(Project project) throws UserError;
    }

    private final WorkbenchContext context;
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final Consumer<ProjectEvents.Change> onChange = change -> refresh();
    private CodeTree tree = new CodeTree(List.of());
    private Consumer<Problem> onProblem = problem -> { };
    private Focus focus;

    public CodebookViewModel(WorkbenchContext context) {
        this.context = context;
    }

    public void activate() {
        context.events().addListener(onChange);
        refresh();
    }

    public void deactivate() {
        context.events().removeListener(onChange);
    }

    public void refresh() {
        context.background().run(() -> context.project().workspace().codebook(), book -> {
            tree = new CodeTree(book.codes());
            codebook.set(book);
        });
    }

    public void chooseCode(long id) {
        context.selection().chooseCode(id);
    }

    public void chooseTheme(long id) {
        context.selection().chooseTheme(id);
    }

    /** Double-click, Enter or drop on the text: apply the code to the selected passage. */
    public void applyCode(long codeId) {
        context.applyCode(codeId);
    }

    /** The current name of a code in the codebook shown, or null if it is not there (any more). */
    public String codeName(long codeId) {
        Codebook shown = codebook.get();
        return shown == null ? null : shown.codes().stream().filter(r -> r.code().id() == codeId)
                .map(r -> r.code().name()).findFirst().orElse(null);
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    public WorkbenchContext context() {
        return context;
    }

    /** The view shows failures in a dialog; the status bar gets them either way. */
    public void setOnProblem(Consumer<Problem> handler) {
        onProblem = handler == null ? problem -> { } : handler;
    }

    // ---- reads for menus and dialogs (the last codebook read; no project access) -------------

    public boolean canEdit() {
        return !context.isReadOnly();
    }

    CodeTree tree() {
        return tree;
    }

    /** The focus request, once: the view asks while showing a new read. */
    Focus takeFocus() {
        Focus f = focus;
        focus = null;
        return f;
    }

    List<String> themeNames() {
        Codebook book = codebook.get();
        return book == null ? List.of() : book.themes().stream().map(t -> t.theme().name()).toList();
    }

    Optional<ThemeRow> theme(String name) {
        Codebook book = codebook.get();
        return book == null ? Optional.empty()
                : book.themes().stream().filter(t -> t.theme().name().equals(name)).findFirst();
    }

    /** Null if {@code candidate} may name a code ({@code current} when renaming, else null). */
    String codeNameProblem(String candidate, String current) {
        return Names.problem(candidate, current, tree.names(), "code");
    }

    String themeNameProblem(String candidate, String current) {
        return Names.problem(candidate, current, themeNames(), "theme");
    }

    /** What deleting the code would touch, or empty if it is gone. */
    Optional<CodeDeletion> codeDeletion(String name) {
        return tree.named(name).map(row -> CodeDeletion.of(tree, row));
    }

    Optional<ThemeDeletion> themeDeletion(String name) {
        return theme(name).map(row -> ThemeDeletion.of(row, codebook.get().links()));
    }

    /** Themes the code is not in yet: the "Add to theme" submenu. */
    List<String> themesWithout(String code) {
        List<String> in = tree.named(code).map(CodeRow::themes).orElse(List.of());
        return themeNames().stream().filter(t -> !in.contains(t)).toList();
    }

    /** Tooltip texts for the view's cells. */
    String codeTip(CodeRow row) {
        return CodebookTips.code(row, tree.parentName(row.code().name()));
    }

    String themeTip(ThemeRow row) {
        Codebook book = codebook.get();
        Map<Long, String> names = new HashMap<>();
        for (ThemeRow t : book.themes()) {
            names.put(t.theme().id(), t.theme().name());
        }
        return CodebookTips.theme(row, book.links(), names);
    }

    // ---- codes --------------------------------------------------------------------------------

    /** Creates a code; with a parent it is a sub-code. The view selects it once it appears. */
    public void createCode(String name, String parent) {
        if (invalid("Could not create the code", codeNameProblem(name, null))) {
            return;
        }
        String n = name.strip();
        write("Could not create the code", p -> {
            if (p.repos().codes.byName(n).isPresent()) {
                throw new UserError("there is already a code named '" + n + "'");
            }
            if (parent != null) {
                existingCode(p, parent);
            }
            p.codebook().defineCode(n, null, null, parent);
        }, () -> {
            focus = new Focus(false, n);
            context.say(parent == null ? "Created code '" + n + "'." : "Created '" + n + "' under '" + parent + "'.");
        });
    }

    public void renameCode(String oldName, String newName) {
        if (newName == null || newName.strip().equals(oldName)
                || invalid("Could not rename the code", codeNameProblem(newName, oldName))) {
            return;
        }
        String n = newName.strip();
        write("Could not rename the code", p -> p.codebook().renameCode(oldName, n),
                () -> context.say("Renamed '" + oldName + "' to '" + n + "'."));
    }

    /** @param colour #rrggbb */
    public void recolourCode(String name, String colour) {
        write("Could not change the colour", p -> {
            existingCode(p, name);
            p.codebook().defineCode(name, colour, null, null);
        }, () -> context.say("Changed the colour of '" + name + "'."));
    }

    public void describeCode(String name, String description) {
        write("Could not save the description", p -> {
            existingCode(p, name);
            p.codebook().defineCode(name, null, description.strip(), null);
        }, () -> context.say("Saved the description of '" + name + "'."));
    }

    /** Moves a code under another, or to the top level when {@code parent} is null. */
    public void moveCode(String name, String parent) {
        write("Could not move the code", p -> {
            existingCode(p, name);
            p.codebook().defineCode(name, null, null, parent == null ? "" : parent);
        }, () -> context.say(parent == null ? "'" + name + "' is now a top-level code."
                : "Moved '" + name + "' under '" + parent + "'."));
    }

    /** Its codings, themes, sub-codes and memos move to {@code into}; then it is deleted. */
    public void mergeCode(String from, String into) {
        write("Could not merge the codes", p -> p.codebook().mergeCodes(from, into),
                () -> context.say("Merged '" + from + "' into '" + into + "'."));
    }

    public void deleteCode(String name, CodeDeletion.Choice choice) {
        write("Could not delete the code", p -> p.codebook().deleteCode(name, choice.policy(), choice.moveTo()), () -> {
            context.say(switch (choice.policy()) {
                case MOVE -> "Deleted code '" + name + "'; its codings are now coded '" + choice.moveTo() + "'.";
                case DELETE -> "Deleted code '" + name + "' and its codings. Undo brings them back.";
                case REFUSE_IF_CODED -> "Deleted code '" + name + "'. Undo brings it back.";
            });
        });
    }

    public void addToTheme(String code, String theme) {
        write("Could not add the code to the theme", p -> {
            existingTheme(p, theme);
            p.codebook().theme(theme, ThemeChange.adding(code));
        }, () -> context.say("Added '" + code + "' to theme '" + theme + "'."));
    }

    public void removeFromTheme(String code, String theme) {
        write("Could not remove the code from the theme", p -> {
            existingTheme(p, theme);
            p.codebook().theme(theme, new ThemeChange(null, null, null, List.of(), List.of(code)));
        }, () -> context.say("Removed '" + code + "' from theme '" + theme + "'; it stays in the codebook."));
    }

    public void memoCode(String name) {
        tree.named(name).ifPresent(r -> context.openMemo(MemoTarget.CODE, r.code().id(), "code '" + name + "'"));
    }

    // ---- themes -------------------------------------------------------------------------------

    public void createTheme(String name) {
        if (invalid("Could not create the theme", themeNameProblem(name, null))) {
            return;
        }
        String n = name.strip();
        write("Could not create the theme", p -> {
            if (p.repos().themes.byName(n).isPresent()) {
                throw new UserError("there is already a theme named '" + n + "'");
            }
            p.codebook().theme(n, ThemeChange.adding());
        }, () -> {
            focus = new Focus(true, n);
            context.say("Created theme '" + n + "'.");
        });
    }

    public void renameTheme(String oldName, String newName) {
        if (newName == null || newName.strip().equals(oldName)
                || invalid("Could not rename the theme", themeNameProblem(newName, oldName))) {
            return;
        }
        String n = newName.strip();
        write("Could not rename the theme", p -> p.codebook().renameTheme(oldName, n),
                () -> context.say("Renamed theme '" + oldName + "' to '" + n + "'."));
    }

    public void recolourTheme(String name, String colour) {
        changeTheme("Could not change the colour", name, new ThemeChange(null, colour, null, List.of(), List.of()),
                "Changed the colour of theme '" + name + "'.");
    }

    public void describeTheme(String name, String description) {
        changeTheme("Could not save the description", name,
                new ThemeChange(description.strip(), null, null, List.of(), List.of()),
                "Saved the description of theme '" + name + "'.");
    }

    public void setStatus(String name, ThemeStatus status) {
        if (theme(name).map(t -> t.theme().status() == status).orElse(false)) {
            return;
        }
        changeTheme("Could not change the status", name, new ThemeChange(null, null, status, List.of(), List.of()),
                "Theme '" + name + "' is now " + status.key() + ".");
    }

    private void changeTheme(String failure, String name, ThemeChange change, String done) {
        write(failure, p -> {
            existingTheme(p, name);
            p.codebook().theme(name, change);
        }, () -> context.say(done));
    }

    /** Its codes and links move to {@code into}; then it is deleted. */
    public void mergeTheme(String from, String into) {
        write("Could not merge the themes", p -> p.codebook().mergeThemes(from, into),
                () -> context.say("Merged theme '" + from + "' into '" + into + "'."));
    }

    public void deleteTheme(String name) {
        write("Could not delete the theme", p -> p.codebook().deleteTheme(name),
                () -> context.say("Deleted theme '" + name + "'; its codes stay in the codebook. Undo brings it back."));
    }

    /** Links two themes on the thematic map (linking again changes the label). */
    public void link(String from, String to, String label) {
        write("Could not link the themes", p -> p.codebook().link(from, to, label),
                () -> context.say("Linked '" + from + "' → '" + to + "'."));
    }

    public void unlink(String from, String to) {
        write("Could not remove the link", p -> p.codebook().unlink(from, to),
                () -> context.say("Removed the link '" + from + "' → '" + to + "'."));
    }

    /** Other themes this theme links to, for the "Remove link" submenu. */
    List<String> linkedFrom(String theme) {
        Codebook book = codebook.get();
        Optional<ThemeRow> row = theme(theme);
        if (book == null || row.isEmpty()) {
            return List.of();
        }
        long id = row.get().theme().id();
        return book.links().stream().filter(l -> l.fromThemeId() == id)
                .map(l -> book.themes().stream().filter(t -> t.theme().id() == l.toThemeId()).findFirst())
                .flatMap(Optional::stream).map(t -> t.theme().name()).toList();
    }

    public void memoTheme(String name) {
        theme(name).ifPresent(t -> context.openMemo(MemoTarget.THEME, t.theme().id(), "theme '" + name + "'"));
    }

    // ---- drag and drop ------------------------------------------------------------------------

    /** May {@code dragged} become a sub-code of {@code target}? */
    Drop canNest(String dragged, String target) {
        if (!canEdit()) {
            return Drop.refused(READ_ONLY);
        }
        if (dragged.equals(target) || target.equals(tree.parentName(dragged))
                || tree.named(dragged).isEmpty() || tree.named(target).isEmpty()) {
            return Drop.quiet();
        }
        if (tree.isWithin(target, dragged)) {
            return Drop.refused("'" + dragged + "' cannot go under '" + target + "', which is one of its own sub-codes.");
        }
        return Drop.ok();
    }

    void dropOnCode(String dragged, String target) {
        if (report(canNest(dragged, target))) {
            moveCode(dragged, target);
        }
    }

    Drop canAddToTheme(String code, String theme) {
        if (!canEdit()) {
            return Drop.refused(READ_ONLY);
        }
        Optional<CodeRow> row = tree.named(code);
        if (row.isEmpty() || theme(theme).isEmpty()) {
            return Drop.quiet();
        }
        if (row.get().themes().contains(theme)) {
            return Drop.refused("'" + code + "' is already in theme '" + theme + "'.");
        }
        return Drop.ok();
    }

    void dropOnTheme(String code, String theme) {
        if (report(canAddToTheme(code, theme))) {
            addToTheme(code, theme);
        }
    }

    /** Dropping below the last code makes a sub-code top-level. */
    Drop canMakeTopLevel(String code) {
        if (!canEdit()) {
            return Drop.refused(READ_ONLY);
        }
        return tree.parentName(code) == null ? Drop.quiet() : Drop.ok();
    }

    void dropOnEmpty(String code) {
        if (report(canMakeTopLevel(code))) {
            moveCode(code, null);
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private boolean report(Drop drop) {
        if (!drop.allowed() && drop.reason() != null) {
            context.say(drop.reason());
        }
        return drop.allowed();
    }

    private boolean invalid(String title, String problem) {
        if (problem == null) {
            return false;
        }
        context.say(problem);
        onProblem.accept(new Problem(title, problem));
        return true;
    }

    private void write(String failure, Change change, Runnable done) {
        if (!canEdit()) {
            context.say(READ_ONLY);
            return;
        }
        context.background().run(() -> {
            try {
                change.apply(context.project());
                return null;
            } catch (UserError e) {
                return e.getMessage();
            }
        }, problem -> {
            if (problem == null) {
                done.run();
            } else {
                String message = Words.sentence(problem);
                context.say(message);
                onProblem.accept(new Problem(failure, message));
            }
        });
    }

    /** The menus act on what the last read showed; someone may have changed it since (undo, a script). */
    private static Code existingCode(Project p, String name) throws UserError {
        return p.repos().codes.byName(name).orElseThrow(() -> new UserError("code '" + name + "' no longer exists"));
    }

    private static Theme existingTheme(Project p, String name) throws UserError {
        return p.repos().themes.byName(name).orElseThrow(() -> new UserError("theme '" + name + "' no longer exists"));
    }
}
