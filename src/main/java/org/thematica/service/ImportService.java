package org.thematica.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.thematica.analysis.DocumentWords;
import org.thematica.analysis.WordCounter;
import org.thematica.edit.CreateCase;
import org.thematica.edit.ImportDocument;
import org.thematica.edit.SetDocumentCase;
import org.thematica.importer.ImportException;
import org.thematica.importer.ImportedText;
import org.thematica.importer.Importers;
import org.thematica.importer.ReadOptions;
import org.thematica.importer.TextNormalizer;
import org.thematica.model.CaseRecord;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.model.UserError;
import org.thematica.store.WordCountRepository;

/**
 * Imports files as documents. All files are read first (the slow, cancellable part, with
 * nothing written), then every document is stored in one transaction as one undoable step:
 * a batch lands whole or not at all.
 */
public final class ImportService {
    private final Project project;

    ImportService(Project project) {
        this.project = project;
    }

    /**
     * What to import.
     *
     * @param caseName  link every document to this case (created if needed), or null
     * @param name      the document name, for a single file; null to use the file name
     * @param encoding  the character encoding of text files, or null to detect it
     * @param originBase record each file's origin relative to this folder (scripts, so that a
     *                   rebuilt project does not depend on where it was built), or null for the
     *                   absolute path
     */
    public record Request(List<Path> files, DocumentKind kind, String caseName, String name, Charset encoding,
                          Path originBase) {
        public Request {
            files = List.copyOf(files);
        }

        public Request(List<Path> files, DocumentKind kind, String caseName, String name, Charset encoding) {
            this(files, kind, caseName, name, encoding, null);
        }
    }

    /** One imported document and what the reader had to say about its file. */
    public record Imported(Path file, String name, String format, String encoding, int words, int turns,
                           List<String> warnings) {
    }

    /**
     * Imports the files. When {@code skipFailed} is false any unreadable file stops the whole
     * batch and nothing is imported; when true, the readable files are imported and the others
     * reported in {@code failures}. Either way the project never holds part of a document.
     */
    public List<Imported> importFiles(Request request, boolean skipFailed, List<String> failures, Progress progress)
            throws UserError {
        if (request.files().isEmpty()) {
            throw new UserError("no files to import");
        }
        if (request.name() != null && request.files().size() > 1) {
            throw new UserError("--name can only be given when importing one file");
        }
        ReadOptions options = ReadOptions.defaults().withEncoding(request.encoding());
        Set<String> taken = new HashSet<>();
        Map<String, String> existingByHash = new HashMap<>();
        for (Document d : project.repos().documents.all()) {
            taken.add(d.name());
            existingByHash.putIfAbsent(d.sha256(), d.name());
        }
        List<ImportDocument> edits = new ArrayList<>();
        List<String> wordCounts = new ArrayList<>();
        List<Imported> imported = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int total = request.files().size();
        for (int i = 0; i < total; i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("import cancelled; nothing was imported");
            }
            Path file = request.files().get(i);
            progress.update(i, total, "reading " + file.getFileName());
            if (project.isOwnFile(file)) {
                problems.add(file.getFileName() + ": is a file of this project itself, not a document");
                continue;
            }
            String name = request.name() != null ? request.name().strip() : baseName(file);
            String problem = org.thematica.model.Names.problem(name, "document");
            if (problem != null) {
                problems.add(file.getFileName() + ": " + problem);
                continue;
            }
            if (!taken.add(name)) {
                problems.add(file.getFileName() + ": a document named '" + name + "' already exists"
                        + " (use --name, or rename the file)");
                continue;
            }
            ImportedText text;
            try {
                text = Importers.read(file, options);
            } catch (ImportException e) {
                problems.add(e.getMessage());
                taken.remove(name);
                continue;
            }
            if (!TextNormalizer.isNormalized(text.text())) {
                throw new IllegalStateException("reader for " + text.format() + " returned unnormalised text");
            }
            String sha = Hashes.sha256(text.text());
            List<String> warnings = new ArrayList<>(text.warnings());
            String twin = existingByHash.putIfAbsent(sha, name);
            if (twin != null) {
                warnings.add("has the same text as document '" + twin + "'");
            }
            int words = WordCounter.count(text.text());
            // the word cloud's counts, made now (reading is the slow part anyway) and stored with the document
            wordCounts.add(DocumentWords.countText(text.text(), text.turns().stream()
                    .map(t -> new DocumentWords.Turn(t.start(), t.end(), t.speaker(), 0)).toList()));
            edits.add(new ImportDocument(project.newGuid(), name, request.kind(), text.text(), sha,
                    origin(file, request.originBase()), text.format(), text.encoding(), words, text.turns(),
                    text.syncPoints(), project.now(), 0));
            imported.add(new Imported(file, name, text.format(), text.encoding(), words, text.turns().size(),
                    List.copyOf(warnings)));
        }
        failures.addAll(problems);
        if (!problems.isEmpty() && (!skipFailed || edits.isEmpty())) {
            throw new UserError("nothing imported: " + summarise(problems));
        }
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled; nothing was imported");
        }
        progress.update(total, total, "saving " + edits.size() + " documents");
        String label = edits.size() == 1 ? "Import '" + edits.get(0).name() + "'"
                : "Import " + edits.size() + " documents";
        project.history().perform(label, session -> {
            WordCountRepository counts = new WordCountRepository(session.repos().db, DocumentWords.RULES);
            long by = project.coderIn(session, null).id();
            for (int i = 0; i < edits.size(); i++) {
                session.apply(edits.get(i).by(by));
                // derived data, outside the history: undoing the import hides the document, and its counts stay valid
                counts.put(Lookup.document(session.repos(), edits.get(i).name()).id(), wordCounts.get(i));
            }
            if (request.caseName() != null) {
                CaseRecord kase = session.repos().cases.byName(request.caseName()).orElse(null);
                if (kase == null) {
                    session.apply(new CreateCase(new CaseRecord(0, project.newGuid(), request.caseName(), "")));
                    kase = Lookup.kase(session.repos(), request.caseName());
                }
                for (ImportDocument edit : edits) {
                    long id = Lookup.document(session.repos(), edit.name()).id();
                    session.apply(new SetDocumentCase(id, kase.id(), true));
                }
            }
        });
        return imported;
    }

    private static String origin(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        if (base == null) {
            return absolute.toString();
        }
        // forward slashes: the same project whatever system built it
        return base.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
    }

    /** The file name without its last extension: {@code P01 Karim.txt} becomes {@code P01 Karim}. */
    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).strip();
    }

    private static String summarise(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        int shown = Math.min(3, problems.size());
        return String.join("; ", problems.subList(0, shown))
                + (problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "");
    }
}
