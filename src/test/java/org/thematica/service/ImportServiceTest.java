package org.thematica.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.testing.ProjectDump;
import org.thematica.testing.TestProjects;

class ImportServiceTest {
    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void setUp() {
        p = TestProjects.create(dir);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private ImportService.Request request(List<Path> files, String caseName, String name) {
        return new ImportService.Request(files, DocumentKind.INTERVIEW, caseName, name, null);
    }

    @Test
    void importsSeveralFilesAsOneUndoStepNamedAfterTheirFiles() throws Exception {
        Path a = Files.writeString(dir.resolve("P01 Karim.txt"), "one two three");
        Path b = Files.writeString(dir.resolve("notes.v2.txt"), "four\r\nfive\r\n");
        var imported = p.imports().importFiles(request(List.of(a, b), "Karim", null), false, new ArrayList<>(),
                Progress.NONE);
        assertThat(imported).extracting(ImportService.Imported::name).containsExactly("P01 Karim", "notes.v2");
        Document notes = p.repos().documents.byName("notes.v2").orElseThrow();
        assertThat(p.repos().documents.text(notes.id())).isEqualTo("four\nfive\n");
        assertThat(notes.wordCount()).isEqualTo(2);
        assertThat(notes.sha256()).isEqualTo(Hashes.sha256("four\nfive\n"));
        assertThat(p.repos().cases.ofDocument(notes.id())).extracting(c -> c.name()).containsExactly("Karim");
        assertThat(p.history().undoLabel()).contains("Import 2 documents");
        p.history().undo();
        assertThat(p.repos().documents.all()).isEmpty();
        assertThat(p.repos().cases.all()).isEmpty();
    }

    @Test
    void oneUnreadableFileStopsTheWholeBatchAndNamesIt() throws Exception {
        TestProjects.importText(p, dir, "existing.txt", "already here");
        String before = ProjectDump.of(p.file());
        Path good = Files.writeString(dir.resolve("good.txt"), "fine text");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        List<String> failures = new ArrayList<>();
        assertThatThrownBy(() -> p.imports().importFiles(request(List.of(good, empty), null, null), false, failures,
                Progress.NONE)).hasMessageStartingWith("nothing imported: empty.txt: ");
        assertThat(failures).hasSize(1);
        assertThat(ProjectDump.of(p.file())).isEqualTo(before);
    }

    @Test
    void skipBadImportsTheReadableFilesAndReportsTheOthers() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "fine text");
        Path missing = dir.resolve("missing.txt");
        List<String> failures = new ArrayList<>();
        var imported = p.imports().importFiles(request(List.of(good, missing), null, null), true, failures,
                Progress.NONE);
        assertThat(imported).hasSize(1);
        assertThat(failures).singleElement().asString().startsWith("missing.txt: ");
    }

    @Test
    void nameClashesAreErrorsNotSilentRenames() throws Exception {
        TestProjects.importText(p, dir, "interview.txt", "first");
        Files.createDirectories(dir.resolve("sub"));
        Path second = Files.writeString(dir.resolve("sub/interview.txt"), "second");
        assertThatThrownBy(() -> p.imports().importFiles(request(List.of(second), null, null), false,
                new ArrayList<>(), Progress.NONE))
                .hasMessage("nothing imported: interview.txt: a document named 'interview' already exists"
                        + " (use --name, or rename the file)");
        p.imports().importFiles(request(List.of(second), null, "interview (2nd)"), false, new ArrayList<>(),
                Progress.NONE);
        assertThat(p.repos().documents.all()).extracting(Document::name)
                .containsExactly("interview", "interview (2nd)");
    }

    @Test
    void twoFilesWithTheSameNameInOneBatchClash() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path one = Files.writeString(dir.resolve("a/same.txt"), "1");
        Path two = Files.writeString(dir.resolve("b/same.txt"), "2");
        assertThatThrownBy(() -> p.imports().importFiles(request(List.of(one, two), null, null), false,
                new ArrayList<>(), Progress.NONE)).hasMessageContaining("a document named 'same' already exists");
        assertThat(p.repos().documents.all()).isEmpty();
    }

    @Test
    void nameOptionNeedsASingleFile() throws Exception {
        Path one = Files.writeString(dir.resolve("1.txt"), "1");
        Path two = Files.writeString(dir.resolve("2.txt"), "2");
        assertThatThrownBy(() -> p.imports().importFiles(request(List.of(one, two), null, "x"), false,
                new ArrayList<>(), Progress.NONE)).hasMessage("--name can only be given when importing one file");
    }

    @Test
    void sameTextTwiceIsImportedWithAWarning() throws Exception {
        TestProjects.importText(p, dir, "a.txt", "identical");
        Path b = Files.writeString(dir.resolve("b.txt"), "identical");
        var imported = p.imports().importFiles(request(List.of(b), null, null), false, new ArrayList<>(), Progress.NONE);
        assertThat(imported.get(0).warnings()).contains("has the same text as document 'a'");
    }

    @Test
    void cancellingBeforeTheWriteImportsNothing() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        Progress cancelAfterFirst = new Progress() {
            int updates;

            @Override
            public void update(int done, int total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelled() {
                return updates >= 1;
            }
        };
        assertThatThrownBy(() -> p.imports().importFiles(request(List.of(a, b), null, null), false, new ArrayList<>(),
                cancelAfterFirst)).isInstanceOf(CancellationException.class).hasMessageContaining("nothing was imported");
        assertThat(p.repos().documents.all()).isEmpty();
    }
}
