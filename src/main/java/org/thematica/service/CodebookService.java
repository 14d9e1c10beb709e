package org.thematica.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.thematica.edit.CreateLink;
import org.thematica.edit.CreateTheme;
import org.thematica.edit.EditHistory;
import org.thematica.edit.Entity;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.SetThemeMembership;
import org.thematica.edit.UpdateCode;
import org.thematica.edit.UpdateLink;
import org.thematica.edit.UpdateMemo;
import org.thematica.edit.UpdateTheme;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Names;
import org.thematica.model.Palette;
import org.thematica.model.ParentChain;
import org.thematica.model.Theme;
import org.thematica.model.ThemeLink;
import org.thematica.model.ThemeStatus;
import org.thematica.model.UserError;
import org.thematica.store.Repositories;

/** The codebook and the themes: define, rename, merge, delete, group, link. */
public final class CodebookService {
    private final Project project;

    CodebookService(Project project) {
        this.project = project;
    }

    // ---- codes ------------------------------------------------------------------------------

    /**
     * Creates a code, or changes the given properties of an existing one (null leaves a
     * property as it is). Returns the code as it is afterwards.
     */
    public Code defineCode(String name, String colour, String description, String parentName) throws UserError {
        String normalizedColour = colour == null ? null : Palette.normalize(colour);
        project.history().perform(defineLabel(name.strip(), normalizedColour, description, parentName), session -> {
            Repositories r = session.repos();
            Code code = CodingService.ensureCode(project, session, name);
            Long parent = code.parentId();
            if (parentName != null) {
                parent = parentName.isBlank() ? null : Lookup.code(r, parentName).id();
                checkNoCycle(r, code.id(), parent);
            }
            Code after = new Code(code.id(), code.guid(), code.name(),
                    normalizedColour != null ? normalizedColour : code.colour(),
                    description != null ? description : code.description(), parent);
            if (!after.equals(code)) {
                session.apply(new UpdateCode(code, after));
            }
        });
        return Lookup.code(project.repos(), name.strip());
    }

    /** Names the change for the Edit menu: "Recolour code 'x'" rather than a generic "Define". */
    private String defineLabel(String name, String colour, String description, String parentName) {
        Code code = project.repos().codes.byName(name).orElse(null);
        if (code == null) {
            return "Create code '" + name + "'";
        }
        List<String> changes = new ArrayList<>();
        if (colour != null && !colour.equals(code.colour())) {
            changes.add("recolour");
        }
        if (description != null && !description.equals(code.description())) {
            changes.add("describe");
        }
        if (parentName != null) {
            changes.add(parentName.isBlank() ? "make top-level" : "move under '" + parentName + "'");
        }
        if (changes.size() == 1 && changes.get(0).startsWith("move under")) {
            return "Move code '" + name + "' under '" + parentName + "'";
        }
        if (changes.size() == 1 && changes.get(0).equals("make top-level")) {
            return "Make code '" + name + "' top-level";
        }
        String what = changes.isEmpty() ? "Change" : String.join(", ", changes);
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " code '" + name + "'";
    }

    /**
     * Refuses to put {@code codeId} under {@code parent} when that would close a loop, or when
     * the parent's own line already loops (a project made elsewhere): the loop is named, and
     * making one of its codes top-level mends it.
     */
    static void checkNoCycle(Repositories r, long codeId, Long parent) throws UserError {
        ParentChain chain = ParentChain.from(parent, id -> r.codes.byId(id).map(Code::parentId).orElse(null));
        if (chain.contains(codeId)) {
            throw new UserError("a code cannot be its own parent or ancestor");
        }
        if (chain.loops()) {
            throw new UserError("the codes " + names(r, chain.loop()) + " are each other's parents (a damaged"
                    + " codebook); make one of them top-level first");
        }
    }

    private static String names(Repositories r, List<Long> ids) {
        List<String> names = new ArrayList<>();
        for (long id : ids) {
            names.add("'" + r.codes.byId(id).map(Code::name).orElse("#" + id) + "'");
        }
        return String.join(" → ", names);
    }

    public void renameCode(String oldName, String newName) throws UserError {
        Code code = Lookup.code(project.repos(), oldName);
        String name = Names.require(newName, "code");
        project.history().perform("Rename code '" + code.name() + "' to '" + name + "'",
                new UpdateCode(code, new Code(code.id(), code.guid(), name, code.colour(), code.description(),
                        code.parentId())));
    }

    /**
     * Merges {@code from} into {@code into}: its codings, theme memberships, sub-codes and
     * memos move over (a passage both codes marked identically is kept once), then it is deleted.
     */
    public void mergeCodes(String from, String into) throws UserError {
        Repositories r0 = project.repos();
        Code source = Lookup.code(r0, from);
        Code target = Lookup.code(r0, into);
        if (source.id() == target.id()) {
            throw new UserError("a code cannot be merged into itself");
        }
        if (ParentChain.from(target.id(), id -> r0.codes.byId(id).map(Code::parentId).orElse(null))
                .contains(source.id())) {
            // its sub-codes would move under the target, which is one of them: a loop
            throw new UserError("'" + target.name() + "' is a sub-code of '" + source.name() + "'; move it out from under '"
                    + source.name() + "' first, or merge '" + target.name() + "' into '" + source.name() + "'");
        }
        project.history().perform("Merge code '" + source.name() + "' into '" + target.name() + "'", session -> {
            Repositories r = session.repos();
            List<Long> move = new ArrayList<>();
            List<Long> duplicates = new ArrayList<>();
            for (long id : r.codings.idsOfCode(source.id())) {
                Coding c = r.codings.byId(id).orElseThrow();
                boolean twin = r.codings.find(c.documentId(), target.id(), c.start(), c.end(), c.coderId()).isPresent();
                (twin ? duplicates : move).add(id);
            }
            if (!duplicates.isEmpty()) {
                session.apply(new SetDeleted(Entity.CODING, duplicates, true));
            }
            if (!move.isEmpty()) {
                session.apply(new MoveCodings(move, source.id(), target.id()));
            }
            for (long themeId : r.themes.themeIds(source.id())) {
                if (!r.themes.contains(themeId, target.id())) {
                    session.apply(new SetThemeMembership(themeId, target.id(), true));
                }
            }
            reparentChildren(session, source, target.id());
            for (Memo m : r.memos.of(MemoTarget.CODE, source.id())) {
                session.apply(new UpdateMemo(m, new Memo(m.id(), m.guid(), MemoTarget.CODE, target.id(), m.title(),
                        m.text(), m.authorId(), m.created(), m.modified())));
            }
            session.apply(SetDeleted.one(Entity.CODE, source.id(), true));
        });
    }

    /** What happens to a deleted code's codings. */
    public enum CodingsPolicy { REFUSE_IF_CODED, DELETE, MOVE }

    /**
     * Deletes a code. If it has codings the caller must choose: delete them with it, or move
     * them to {@code moveTo}. Sub-codes move up to the deleted code's parent.
     */
    public void deleteCode(String name, CodingsPolicy policy, String moveTo) throws UserError {
        Repositories r0 = project.repos();
        Code code = Lookup.code(r0, name);
        List<Long> codings = r0.codings.idsOfCode(code.id());
        if (policy == CodingsPolicy.MOVE) {
            Code target = Lookup.code(r0, moveTo);
            if (target.id() == code.id()) {
                throw new UserError("cannot move the codings of '" + name + "' to itself");
            }
            mergeCodes(name, moveTo);
            return;
        }
        // codings inside deleted documents are invisible: they go with the code without asking
        // (and come back with undo), but visible ones need the user's decision
        List<Coding> visible = r0.codings.ofCode(code.id());
        if (!visible.isEmpty() && policy == CodingsPolicy.REFUSE_IF_CODED) {
            long docs = visible.stream().mapToLong(Coding::documentId).distinct().count();
            throw new UserError("code '" + code.name() + "' has " + visible.size() + " coding(s) in " + docs
                    + " document(s); say what happens to them: delete them too, or move them to another code");
        }
        String label = "Delete code '" + code.name() + "'" + (codings.isEmpty() ? "" : " and its " + codings.size()
                + " coding(s)");
        project.history().perform(label, session -> {
            if (!codings.isEmpty()) {
                session.apply(new SetDeleted(Entity.CODING, codings, true));
            }
            reparentChildren(session, code, code.parentId());
            session.apply(SetDeleted.one(Entity.CODE, code.id(), true));
        });
    }

    private static void reparentChildren(EditHistory.Session session, Code code, Long newParent) throws UserError {
        for (Code child : session.repos().codes.children(code.id())) {
            session.apply(new UpdateCode(child, new Code(child.id(), child.guid(), child.name(), child.colour(),
                    child.description(), newParent)));
        }
    }

    // ---- themes -----------------------------------------------------------------------------

    /** The changes {@link #theme} makes; null fields are left as they are. */
    public record ThemeChange(String description, String colour, ThemeStatus status, List<String> addCodes,
                              List<String> removeCodes) {
        public ThemeChange {
            addCodes = List.copyOf(addCodes);
            removeCodes = List.copyOf(removeCodes);
        }

        public static ThemeChange adding(String... codes) {
            return new ThemeChange(null, null, null, List.of(codes), List.of());
        }
    }

    /**
     * Creates the theme if needed and applies the change, as one undo step. Adding a code that
     * is already in the theme, or removing one that is not, changes nothing.
     */
    public Theme theme(String name, ThemeChange change) throws UserError {
        String themeName = Names.require(name, "theme");
        String colour = change.colour() == null ? null : Palette.normalize(change.colour());
        project.history().perform(themeLabel(themeName, colour, change), session -> {
            Repositories r = session.repos();
            Theme theme = r.themes.byName(themeName).orElse(null);
            if (theme == null) {
                session.apply(new CreateTheme(new Theme(0, project.newGuid(), themeName, "",
                        Palette.themeColour(r.themes.countLive()), ThemeStatus.CANDIDATE)));
                theme = Lookup.theme(r, themeName);
            }
            Theme after = new Theme(theme.id(), theme.guid(), theme.name(),
                    change.description() != null ? change.description() : theme.description(),
                    colour != null ? colour : theme.colour(),
                    change.status() != null ? change.status() : theme.status());
            if (!after.equals(theme)) {
                session.apply(new UpdateTheme(theme, after));
            }
            for (String codeName : change.addCodes()) {
                Code code = Lookup.code(r, codeName);
                if (!r.themes.contains(theme.id(), code.id())) {
                    session.apply(new SetThemeMembership(theme.id(), code.id(), true));
                }
            }
            for (String codeName : change.removeCodes()) {
                Code code = Lookup.code(r, codeName);
                if (r.themes.contains(theme.id(), code.id())) {
                    session.apply(new SetThemeMembership(theme.id(), code.id(), false));
                }
            }
        });
        return Lookup.theme(project.repos(), themeName);
    }

    /** Names a theme change for the Edit menu ("Add 'x' to theme 'y'", "Mark theme 'y' final"). */
    private String themeLabel(String themeName, String colour, ThemeChange change) {
        Theme theme = project.repos().themes.byName(themeName).orElse(null);
        if (theme == null) {
            return "Create theme '" + themeName + "'";
        }
        List<String> parts = new ArrayList<>();
        if (change.addCodes().size() == 1) {
            parts.add("Add '" + change.addCodes().get(0) + "' to theme '" + themeName + "'");
        } else if (!change.addCodes().isEmpty()) {
            parts.add("Add " + change.addCodes().size() + " codes to theme '" + themeName + "'");
        }
        if (change.removeCodes().size() == 1) {
            parts.add("Remove '" + change.removeCodes().get(0) + "' from theme '" + themeName + "'");
        } else if (!change.removeCodes().isEmpty()) {
            parts.add("Remove " + change.removeCodes().size() + " codes from theme '" + themeName + "'");
        }
        if (change.status() != null && change.status() != theme.status()) {
            parts.add("Mark theme '" + themeName + "' " + change.status().key());
        }
        if (colour != null && !colour.equals(theme.colour())) {
            parts.add("Recolour theme '" + themeName + "'");
        }
        if (change.description() != null && !change.description().equals(theme.description())) {
            parts.add("Describe theme '" + themeName + "'");
        }
        return parts.isEmpty() ? "Update theme '" + themeName + "'" : String.join("; ", parts);
    }

    public void renameTheme(String oldName, String newName) throws UserError {
        Theme theme = Lookup.theme(project.repos(), oldName);
        String name = Names.require(newName, "theme");
        project.history().perform("Rename theme '" + theme.name() + "' to '" + name + "'",
                new UpdateTheme(theme, new Theme(theme.id(), theme.guid(), name, theme.description(), theme.colour(),
                        theme.status())));
    }

    /** Deletes a theme. Its codes and their codings stay in the codebook; its links go with it. */
    public void deleteTheme(String name) throws UserError {
        Theme theme = Lookup.theme(project.repos(), name);
        project.history().perform("Delete theme '" + theme.name() + "'", SetDeleted.one(Entity.THEME, theme.id(), true));
    }

    /** Merges {@code from} into {@code into}: its codes and links move over, then it is deleted. */
    public void mergeThemes(String from, String into) throws UserError {
        Repositories r0 = project.repos();
        Theme source = Lookup.theme(r0, from);
        Theme target = Lookup.theme(r0, into);
        if (source.id() == target.id()) {
            throw new UserError("a theme cannot be merged into itself");
        }
        project.history().perform("Merge theme '" + source.name() + "' into '" + target.name() + "'", session -> {
            Repositories r = session.repos();
            for (long codeId : r.themes.codeIds(source.id())) {
                if (!r.themes.contains(target.id(), codeId)) {
                    session.apply(new SetThemeMembership(target.id(), codeId, true));
                }
            }
            for (ThemeLink l : r.themes.linksOf(source.id())) {
                long a = l.fromThemeId() == source.id() ? target.id() : l.fromThemeId();
                long b = l.toThemeId() == source.id() ? target.id() : l.toThemeId();
                if (a == b) {
                    session.apply(SetDeleted.one(Entity.LINK, l.id(), true));
                } else {
                    session.apply(new UpdateLink(l, new ThemeLink(l.id(), l.guid(), a, b, l.label(), l.kind())));
                }
            }
            session.apply(SetDeleted.one(Entity.THEME, source.id(), true));
        });
    }

    // ---- links ------------------------------------------------------------------------------

    /**
     * Links two themes on the thematic map. There is one link per direction: linking again
     * changes the label.
     */
    public ThemeLink link(String from, String to, String label) throws UserError {
        Repositories r0 = project.repos();
        Theme a = Lookup.theme(r0, from);
        Theme b = Lookup.theme(r0, to);
        String text = label == null ? "" : label.strip();
        ThemeLink existing = r0.themes.links().stream()
                .filter(l -> l.fromThemeId() == a.id() && l.toThemeId() == b.id()).findFirst().orElse(null);
        if (existing != null) {
            if (!Objects.equals(existing.label(), text)) {
                project.history().perform("Relabel link '" + a.name() + "' → '" + b.name() + "'",
                        new UpdateLink(existing, new ThemeLink(existing.id(), existing.guid(), a.id(), b.id(), text,
                                existing.kind())));
            }
        } else {
            project.history().perform("Link '" + a.name() + "' → '" + b.name() + "'",
                    new CreateLink(new ThemeLink(0, project.newGuid(), a.id(), b.id(), text, "leads-to")));
        }
        return project.repos().themes.links().stream()
                .filter(l -> l.fromThemeId() == a.id() && l.toThemeId() == b.id()).findFirst().orElseThrow();
    }

    public void unlink(String from, String to) throws UserError {
        Repositories r0 = project.repos();
        Theme a = Lookup.theme(r0, from);
        Theme b = Lookup.theme(r0, to);
        ThemeLink existing = r0.themes.links().stream()
                .filter(l -> l.fromThemeId() == a.id() && l.toThemeId() == b.id()).findFirst()
                .orElseThrow(() -> new UserError("there is no link from '" + a.name() + "' to '" + b.name() + "'"));
        project.history().perform("Unlink '" + a.name() + "' → '" + b.name() + "'",
                SetDeleted.one(Entity.LINK, existing.id(), true));
    }
}
