package org.thematica.ui.codebook;

import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;

/**
 * What the menus and keys of the codebook do: ask with a dialog, then hand the answer to the
 * view model. Shared by the context menus and the keyboard so both behave the same.
 */
final class CodebookActions {
    private final CodebookViewModel model;
    private final Supplier<Window> owner;

    CodebookActions(CodebookViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    private boolean editable() {
        if (!model.canEdit()) {
            model.context().say(CodebookViewModel.READ_ONLY);
            return false;
        }
        return true;
    }

    // ---- codes --------------------------------------------------------------------------------

    /** @param parent the new code's parent, or null for a top-level code */
    void newCode(String parent) {
        if (!editable()) {
            return;
        }
        String header = parent == null ? "Name the new code" : "Name the new sub-code of '" + parent + "'";
        CodebookDialogs.name(owner.get(), parent == null ? "New code" : "New sub-code", header, "",
                name -> model.codeNameProblem(name, null)).ifPresent(name -> model.createCode(name, parent));
    }

    void renameCode(String name) {
        if (editable()) {
            CodebookDialogs.name(owner.get(), "Rename code", "Rename code '" + name + "'", name,
                    n -> model.codeNameProblem(n, name)).ifPresent(n -> model.renameCode(name, n));
        }
    }

    void recolourCode(CodeRow row) {
        if (editable()) {
            ColourDialog.ask(owner.get(), "Colour of code '" + row.code().name() + "'", row.code().colour())
                    .ifPresent(c -> model.recolourCode(row.code().name(), c));
        }
    }

    void describeCode(CodeRow row) {
        if (editable()) {
            CodebookDialogs.description(owner.get(), "Description", "Describe code '" + row.code().name() + "'",
                    row.code().description()).ifPresent(d -> model.describeCode(row.code().name(), d));
        }
    }

    void moveCode(String name) {
        if (!editable()) {
            return;
        }
        List<String> parents = model.tree().possibleParents(name);
        if (parents.isEmpty()) {
            model.context().say("There is no other code that '" + name + "' could go under.");
            return;
        }
        CodebookDialogs.choose(owner.get(), "Move code", "Move '" + name + "' under another code",
                "It becomes a sub-code of the code you choose, with its own sub-codes. Its codings stay as they are.",
                "Move", parents).ifPresent(parent -> model.moveCode(name, parent));
    }

    void mergeCode(CodeRow row) {
        if (!editable()) {
            return;
        }
        String name = row.code().name();
        List<String> targets = model.tree().mergeTargets(name);
        if (targets.isEmpty()) {
            model.context().say("There is no other code to merge '" + name + "' into.");
            return;
        }
        CodebookDialogs.choose(owner.get(), "Merge codes", "Merge '" + name + "' into another code",
                "Its " + Words.counted(row.codings(), "coding") + ", its themes, its sub-codes and its memos move to"
                        + " the code you choose, and '" + name + "' is deleted. A passage already coded with both is"
                        + " kept once. Undo brings everything back.",
                "Merge", targets).ifPresent(into -> model.mergeCode(name, into));
    }

    void deleteCode(String name) {
        if (editable()) {
            model.codeDeletion(name).flatMap(d -> DeleteCodeDialog.ask(owner.get(), d))
                    .ifPresent(choice -> model.deleteCode(name, choice));
        }
    }

    // ---- themes -------------------------------------------------------------------------------

    void newTheme() {
        if (editable()) {
            CodebookDialogs.name(owner.get(), "New theme", "Name the new theme", "",
                    name -> model.themeNameProblem(name, null)).ifPresent(model::createTheme);
        }
    }

    void renameTheme(String name) {
        if (editable()) {
            CodebookDialogs.name(owner.get(), "Rename theme", "Rename theme '" + name + "'", name,
                    n -> model.themeNameProblem(n, name)).ifPresent(n -> model.renameTheme(name, n));
        }
    }

    void recolourTheme(ThemeRow row) {
        if (editable()) {
            ColourDialog.ask(owner.get(), "Colour of theme '" + row.theme().name() + "'", row.theme().colour())
                    .ifPresent(c -> model.recolourTheme(row.theme().name(), c));
        }
    }

    void describeTheme(ThemeRow row) {
        if (editable()) {
            CodebookDialogs.description(owner.get(), "Description", "Describe theme '" + row.theme().name() + "'",
                    row.theme().description()).ifPresent(d -> model.describeTheme(row.theme().name(), d));
        }
    }

    void mergeTheme(String name) {
        if (!editable()) {
            return;
        }
        List<String> targets = model.themeNames().stream().filter(t -> !t.equals(name)).toList();
        if (targets.isEmpty()) {
            model.context().say("There is no other theme to merge '" + name + "' into.");
            return;
        }
        CodebookDialogs.choose(owner.get(), "Merge themes", "Merge theme '" + name + "' into another theme",
                "Its codes and its links on the thematic map move to the theme you choose, and '" + name
                        + "' is deleted. Undo brings it back.",
                "Merge", targets).ifPresent(into -> model.mergeTheme(name, into));
    }

    void deleteTheme(String name) {
        if (editable()) {
            model.themeDeletion(name).filter(d -> CodebookDialogs.confirmThemeDeletion(owner.get(), d))
                    .ifPresent(d -> model.deleteTheme(name));
        }
    }

    void linkTheme(String name) {
        if (!editable()) {
            return;
        }
        List<String> targets = model.themeNames().stream().filter(t -> !t.equals(name)).toList();
        if (targets.isEmpty()) {
            model.context().say("Create another theme first: a link joins two themes.");
            return;
        }
        CodebookDialogs.link(owner.get(), name, targets).ifPresent(l -> model.link(name, l.to(), l.label()));
    }
}
