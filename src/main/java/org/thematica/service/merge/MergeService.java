package org.thematica.service.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.thematica.edit.SetProjectInfo;
import org.thematica.model.Document;
import org.thematica.model.UserError;
import org.thematica.service.Hashes;
import org.thematica.service.Project;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;
import org.thematica.store.Repositories;

/**
 * Merges a coder copy back into the project it was made from (docs/merge.md): matched by GUID,
 * compared three ways against the copy's base as the copy's edit log records it, as one undoable
 * step, with a report of what came in. No UI: the command line and, later, a shared server call
 * it alike. {@link #preview} decides the same merge without changing anything, so that a caller
 * can show the same-named things and conflicts and pass the user's {@link Choices} to {@link #merge}.
 *
 * <p>A file that is not a coder copy of this project, of a newer version, damaged or tampered
 * with, or whose copy of a document has other text, is refused with one line, the project unchanged.
 */
public final class MergeService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Project project;

    public MergeService(Project project) {
        this.project = project;
    }

    /** What merging {@code copy} would do: nothing is changed. */
    public MergeReport preview(Path copy, Choices choices) throws UserError {
        return run(copy, choices, true);
    }

    /** Merges {@code copy} as one undoable step and reports what came in. */
    public MergeReport merge(Path copy, Choices choices) throws UserError {
        return run(copy, choices, false);
    }

    private MergeReport run(Path copy, Choices choices, boolean preview) throws UserError {
        String name = copy.getFileName().toString();
        if (project.isOwnFile(copy) || isSameFile(project.file(), copy)) {
            throw new UserError(name + " is this project itself; name a coder copy of it");
        }
        try (Database db = Database.open(copy, Database.Mode.READ_ONLY)) {
            Side theirs = new Side(new Repositories(db));
            Map<String, String> ourInfo = new org.thematica.store.ProjectRows(project.repos().db).info();
            long base = Lineage.check(ourInfo, theirs.info, name);
            Record record = Record.read(ourInfo.get(recordKey(theirs)), name);
            long after = record == null ? base : record.history();
            long last = Math.max(base, theirs.rows.lastHistoryId()); // a blind copy's history starts empty
            if (last < after) {
                throw new UserError(name + " is an older state of the copy than the one merged before (its history"
                        + " ends at step " + last + ", the last merge took it up to step " + after + ")");
            }
            sameTexts(theirs, name);
            CopyLog log = CopyLog.read(theirs, after, name);
            Map<String, String> aliases = record == null ? Map.of() : record.aliases();
            String label = theirs.info.getOrDefault(Lineage.CODER, "copy");
            if (preview) {
                Plan plan = Planner.plan(new Side(project.repos()), theirs, log, aliases, choices, label);
                return report(plan, theirs, name, true, 0);
            }
            Plan[] done = new Plan[1];
            long step = project.history().perform("Merge '" + name + "' (" + label + ")", session -> {
                Plan plan = Planner.plan(new Side(session.repos()), theirs, log, aliases, choices, label);
                done[0] = plan;
                if (plan.changes.isEmpty() && plan.creates.values().stream().allMatch(java.util.List::isEmpty)
                        && aliasesOf(plan).equals(new TreeMap<>(aliases))) {
                    return; // nothing came in: nothing to record either
                }
                new Applier(plan, session, project.coderIn(session, null).id(), project.now()).apply();
                String key = recordKey(theirs);
                String now = session.repos().info.get(key).orElse(null);
                String next = new Record(last, aliasesOf(plan)).write();
                if (!next.equals(now)) {
                    session.apply(new SetProjectInfo(key, now, next));
                }
            });
            return report(done[0], theirs, name, false, step);
        } catch (ProjectException e) {
            throw new UserError("cannot merge " + e.getMessage() + "; " + project.file().getFileName()
                    + " is unchanged");
        }
    }

    private static String recordKey(Side theirs) {
        return Lineage.MERGED + theirs.info.get(Lineage.ID);
    }

    /** A document both files have must have one text; the copy's own new ones must match their SHA-256. */
    private void sameTexts(Side theirs, String name) throws UserError {
        Map<String, String> ours = new HashMap<>();
        for (Document d : new org.thematica.store.ProjectRows(project.repos().db).documents()) {
            ours.put(d.guid(), d.sha256());
        }
        for (Document d : theirs.documents.values().stream().sorted(java.util.Comparator.comparingLong(Document::id))
                .toList()) {
            String sha = Hashes.sha256(theirs.repos.documents.text(d.id()));
            String expected = ours.getOrDefault(d.guid(), d.sha256());
            if (!sha.equals(expected)) {
                throw new UserError(name + " cannot be merged: its document '" + d.name() + "' has other text than "
                        + (ours.containsKey(d.guid()) ? "the same document here" : "it was imported with")
                        + "; " + project.file().getFileName() + " is unchanged");
            }
        }
    }

    private static Map<String, String> aliasesOf(Plan plan) {
        return new TreeMap<>(plan.alias);
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private MergeReport report(Plan plan, Side theirs, String name, boolean preview, long step) {
        Map<String, Integer> added = new LinkedHashMap<>();
        Map<String, Integer> changed = new LinkedHashMap<>();
        Map<String, Integer> deleted = new LinkedHashMap<>();
        Map<String, Integer> restored = new LinkedHashMap<>();
        plan.creates.forEach((kind, ids) -> {
            if (!ids.isEmpty()) {
                added.put(kind.noun, ids.size());
            }
        });
        java.util.Set<Key> rows = new java.util.HashSet<>();
        plan.changes.forEach((key, value) -> {
            if (key.field() == Field.DELETED || key.kind() == Kind.ATTRIBUTE) {
                boolean gone = key.field() == Field.DELETED ? (Boolean) value : !(Boolean) value;
                Plan.count(gone ? deleted : restored, key.kind().noun);
            } else if (!key.kind().isRow() || rows.add(key.entity())) {
                Plan.count(changed, key.kind().noun);
            }
        });
        java.util.List<String> notes = new java.util.ArrayList<>();
        plan.left.forEach((why, n) -> notes.add(n + " left out: " + why));
        return new MergeReport(name, theirs.info.getOrDefault(Lineage.CODER, ""),
                Boolean.parseBoolean(theirs.info.getOrDefault(Lineage.BLIND, "false")), preview, step, added, changed,
                deleted, restored, plan.sameNames, plan.conflicts, notes);
    }

    /** What this project keeps about a copy it merged: how far, and which GUIDs of the copy are ours under another. */
    record Record(long history, Map<String, String> aliases) {
        static Record read(String json, String file) throws UserError {
            if (json == null) {
                return null;
            }
            try {
                Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
                @SuppressWarnings("unchecked")
                Map<String, String> aliases = (Map<String, String>) m.getOrDefault("aliases", Map.of());
                return new Record(((Number) m.get("history")).longValue(), Map.copyOf(aliases));
            } catch (JsonProcessingException | RuntimeException e) {
                throw new UserError("this project's record of merging " + file + " before is damaged; it cannot be"
                        + " merged again");
            }
        }

        String write() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("history", history);
            m.put("aliases", new TreeMap<>(aliases));
            try {
                return JSON.writeValueAsString(m);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
