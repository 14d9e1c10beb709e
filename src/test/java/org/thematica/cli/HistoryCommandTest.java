package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.service.Settings;

/** `history` narrowed to one coder and to what happened since a day or an instant (issue 12, audit trail). */
class HistoryCommandTest extends CommandLineTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void twoCodersOnThreeDays() throws Exception {
        project = dir.resolve("study.thematica");
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T10:00:00Z"));
        Settings clocked = new Settings("Amira", now::get, () -> UUID.randomUUID().toString());
        try (Project p = Project.create(project, clocked)) {
            p.codebook().defineCode("violence", null, null, null);
            now.set(Instant.parse("2026-12-01T09:00:00Z"));
            p.actAs("Ben");
            p.codebook().defineCode("trust", null, null, null);
            now.set(Instant.parse("2026-12-02T15:30:00Z"));
            p.actAs("Amira");
            p.codebook().defineCode("exile", null, null, null);
        }
    }

    @Test
    void oneCodersEditsSinceADay() {
        assertThat(run("history", project.toString(), "--coder", "Amira", "--since", "2026-12-01")).isZero();
        assertThat(out.lines().toList()).hasSize(1).first().asString()
                .startsWith("2026-12-02T15:30:00Z  Amira  do").contains("'exile'");
    }

    @Test
    void sinceAnInstantAndEveryCoder() {
        assertThat(run("history", project.toString(), "--since", "2026-12-01T09:00:00Z")).isZero();
        assertThat(out.lines().toList()).hasSize(2);
        assertThat(out).contains("Ben  do").contains("Amira  do").doesNotContain("'violence'");
    }

    @Test
    void csvHasAHeaderAndOneRecordPerRow() {
        assertThat(run("history", project.toString(), "--coder", "Ben", "--csv")).isZero();
        assertThat(out.split("\r\n")).hasSize(2);
        assertThat(out).startsWith("time,coder,action,label,state,kind\r\n2026-12-01T09:00:00Z,Ben,do,")
                .endsWith(",applied,codebook\r\n");
    }

    @Test
    void anUnknownCoderOrABadDateIsOneLine() {
        assertThat(run("history", project.toString(), "--coder", "Nobody")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").contains("no coder named 'Nobody'");
        assertThat(run("history", project.toString(), "--since", "yesterday")).isEqualTo(Cli.FAILED);
        assertThat(err.strip()).doesNotContain("\n").contains("'yesterday' is not a date");
    }

    @Test
    void aKindNarrowsToOnePartOfTheProjectUndoRowsIncluded() {
        assertThat(run("--coder", "Amira", "memo", project.toString(), "--code", "exile", "--text", "Forced or chosen?"))
                .isZero();
        assertThat(run("undo", project.toString())).isZero();
        assertThat(run("history", project.toString(), "--kind", "memos")).isZero();
        assertThat(out.lines().toList()).hasSize(2);
        assertThat(out).contains("undo  Write memo on code 'exile'").contains("do  Write memo on code 'exile' [undone]");
        assertThat(run("history", project.toString(), "--kind", "codebook", "--limit", "2")).isZero();
        assertThat(out.lines().toList()).hasSize(2).noneMatch(l -> l.contains("memo"));
        assertThat(run("history", project.toString(), "--kind", "nonsense")).isEqualTo(Cli.USAGE);
    }
}
