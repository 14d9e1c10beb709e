package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.testing.ChildJvm;
import org.thematica.testing.CrashLedger;
import org.thematica.testing.CrashWorker;
import org.thematica.testing.ProjectFacts;
import org.thematica.testing.TestProjects;

/**
 * Kills a process with SIGKILL in the middle of a stream of edits, again and again on the same
 * project. After every kill the project must open, pass {@code check}, and hold exactly every
 * edit the process acknowledged, of every kind, plus or minus the one it had announced and not
 * acknowledged ({@link CrashLedger} judges). {@code -Dthematica.crash.rounds=N} runs longer
 * (default 6 rounds).
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedMidEditTheProjectHoldsExactlyTheAcknowledgedEditsAndAtMostTheOneInFlight() throws Exception {
        int rounds = Integer.getInteger("thematica.crash.rounds", 6);
        Path file = seedProject();
        CrashLedger ledger = new CrashLedger(factsOf(file));
        Random random = new Random(2026);
        int acknowledged = 0;
        for (int round = 0; round < rounds; round++) {
            acknowledged += killRound(file, ledger, round, 20 + random.nextInt(120), String.valueOf(random.nextLong()));
        }
        assertThat(acknowledged).isGreaterThan(rounds * 20);
        assertThat(ledger.acknowledged()).as("every kind of edit was made and acknowledged")
                .containsKeys("coding", "doc", "member", "memo", "memo-edit", "undo", "redo");
        System.out.printf("crash harness: %d kills, %d acknowledged edits: %d changed the project and are all there"
                + " exactly %s, %d were refused or changed nothing; in flight at the kill: %d landed, %d did not;"
                + " at the end %s%n", rounds, acknowledged, acknowledged - ledger.unchanged(), ledger.acknowledged(),
                ledger.unchanged(), ledger.landed(), ledger.notLanded(), ledger.facts().stream()
                        .collect(Collectors.groupingBy(f -> f.split(" ")[0], TreeMap::new, Collectors.counting())));
    }

    @Test
    void aWorkerThatAcknowledgesACodingItNeverMadeFailsTheHarness() throws Exception {
        Path file = seedProject();
        CrashLedger ledger = new CrashLedger(factsOf(file));
        assertThatThrownBy(() -> killRound(file, ledger, 0, 30, "2026 5"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the project is neither the acknowledged edits")
                .hasMessageContaining("missing [coding ");
    }

    private Path seedProject() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "base.txt", "Karim: the militias came after the army left. ".repeat(200));
            return p.file();
        }
    }

    /** Runs a worker until {@code killAfter} acknowledgements, kills it, and has the ledger judge the project. */
    private static int killRound(Path file, CrashLedger ledger, int round, int killAfter, String workerArgs)
            throws Exception {
        Process worker = ChildJvm.start(CrashWorker.class, (file + " " + workerArgs).split(" "));
        BufferedReader out = ChildJvm.stdout(worker);
        int acknowledged = 0;
        while (acknowledged < killAfter) {
            String line = out.readLine();
            assertThat(line).as("the worker stopped early (round " + round + ")").isNotNull();
            acknowledged += ledger.read(line) ? 1 : 0;
        }
        // SIGKILL from outside: no shutdown hooks, no close. (Process.destroyForcibly would also
        // close our end of its stdout, losing lines still in the pipe.)
        assertThat(new ProcessBuilder("kill", "-KILL", String.valueOf(worker.pid())).start().waitFor()).isZero();
        assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(worker.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        String line;
        while ((line = out.readLine()) != null) { // printed before the kill landed: they count too
            acknowledged += ledger.read(line) ? 1 : 0;
        }
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            assertThat(p.check().run().problems()).as("check after kill in round " + round).isEmpty();
            ledger.settle(ProjectFacts.of(p));
        }
        return acknowledged;
    }

    private static java.util.Set<String> factsOf(Path file) throws Exception {
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            return ProjectFacts.of(p);
        }
    }
}
