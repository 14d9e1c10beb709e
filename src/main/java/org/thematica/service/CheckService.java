package org.thematica.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.ParentChain;
import org.thematica.store.IntegrityRepository;
import org.thematica.store.IntegrityRepository.DocumentText;

/**
 * The integrity report behind {@code thematica check}: the file is sound (SQLite), every
 * reference points somewhere, every text is the text that was imported (SHA-256), every coding
 * lies inside its text and still covers the passage it was made on, the search index matches,
 * and the history is a single line of applied-then-undone edits.
 */
public final class CheckService {
    private final Project project;

    CheckService(Project project) {
        this.project = project;
    }

    /** Findings: problems make the check fail; notes say what was checked. */
    public record Report(List<String> problems, List<String> notes) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Report run() {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            return run(problems, notes);
        } catch (org.thematica.store.StoreException e) {
            // damage quick_check did not see on opening stops a check that reads it: a finding, not a crash
            problems.add("file structure: the check could not read the whole file (" + e.reason() + "); "
                    + org.thematica.store.Database.restoreHint(project.file()));
            return new Report(problems, notes);
        }
    }

    private Report run(List<String> problems, List<String> notes) {
        IntegrityRepository integrity = new IntegrityRepository(project.repos().db);

        List<String> sqlite = integrity.integrityCheck();
        if (sqlite.size() == 1 && sqlite.get(0).equals("ok")) {
            notes.add("file structure: ok");
        } else {
            sqlite.forEach(line -> problems.add("file structure: " + line));
        }
        List<String> fk = integrity.foreignKeyProblems();
        fk.forEach(line -> problems.add("reference: " + line));
        if (fk.isEmpty()) {
            notes.add("references: ok");
        }

        Map<Long, String> texts = new HashMap<>();
        int docs = 0;
        for (DocumentText d : integrity.documentTexts()) {
            docs++;
            texts.put(d.id(), d.text());
            if (!Hashes.sha256(d.text()).equals(d.sha256())) {
                problems.add("document '" + d.name() + "': its text differs from the text that was imported (SHA-256)");
            }
        }
        notes.add("document texts: " + docs + " checked against their SHA-256");

        int codings = 0;
        for (Coding c : integrity.allCodings()) {
            codings++;
            String text = texts.get(c.documentId());
            if (text == null || c.start() < 0 || c.end() > text.length() || c.end() <= c.start()) {
                problems.add("coding " + c.id() + ": range [" + c.start() + ", " + c.end() + ") lies outside its document");
            } else if (!text.substring(c.start(), c.end()).equals(c.text())) {
                problems.add("coding " + c.id() + ": its text snapshot no longer matches the document at its range");
            }
        }
        notes.add("codings: " + codings + " ranges and snapshots checked");

        codeLoops(problems);

        long orphans = integrity.countLiveCodingsOfDeletedParents();
        if (orphans > 0) {
            problems.add(orphans + " coding(s) still attached to a deleted code (a half-finished delete)");
        }

        String fts = project.repos().search.integrityProblem();
        if (fts == null) {
            notes.add("search index: " + (project.isReadOnly() ? "every document indexed (read-only check)" : "ok"));
        } else {
            problems.add("search index: " + fts);
        }

        long tangled = integrity.countUndoneBelowApplied();
        if (tangled > 0) {
            problems.add("history: " + tangled + " undone edit(s) lie below applied ones");
        }
        notes.add("history: " + String.join(", ", integrity.historyStates()));
        return new Report(problems, notes);
    }

    /** A loop of parents (A under B under A) that a project made elsewhere may carry. */
    private void codeLoops(List<String> problems) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> names = new LinkedHashMap<>(); // by name: the report reads the same each time
        for (Code c : project.repos().codes.all()) {
            parents.put(c.id(), c.parentId());
            names.put(c.id(), c.name());
        }
        Set<Long> looped = ParentChain.onLoops(parents);
        Set<Long> reported = new HashSet<>();
        for (long id : names.keySet()) {
            if (!looped.contains(id)) {
                continue;
            }
            List<Long> loop = ParentChain.from(id, parents::get).loop();
            if (reported.addAll(loop)) {
                problems.add("codebook: the codes " + loop.stream().map(c -> "'" + names.get(c) + "'")
                        .collect(Collectors.joining(" → ")) + " are each other's parents; make one of them top-level");
            }
        }
    }
}
