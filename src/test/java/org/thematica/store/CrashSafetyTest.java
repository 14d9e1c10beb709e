package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.Document;
import org.thematica.service.Project;
import org.thematica.testing.ChildJvm;
import org.thematica.testing.CrashWorker;
import org.thematica.testing.TestProjects;

/**
 * Kills a process with SIGKILL in the middle of a stream of edits, again and again on the same
 * project. After every kill the project must open, pass {@code check}, and hold every edit the
 * process reported as done; at most the one edit in flight may or may not have landed.
 * {@code -Dthematica.crash.rounds=N} runs longer (default 6 rounds).
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedMidEditTheProjectKeepsEveryAcknowledgedEditAndNothingHalfDone() throws Exception {
        int rounds = Integer.getInteger("thematica.crash.rounds", 6);
        Path file;
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "base.txt", "Karim: the militias came after the army left. ".repeat(200));
            file = p.file();
        }
        Set<String> codings = new HashSet<>();
        Set<String> docs = new HashSet<>(Set.of("base"));
        Random random = new Random(2026);
        int acknowledged = 0;
        int inFlightLanded = 0;
        for (int round = 0; round < rounds; round++) {
            int killAfter = 20 + random.nextInt(120);
            Process worker = ChildJvm.start(CrashWorker.class, file.toString(), String.valueOf(random.nextLong()));
            BufferedReader out = ChildJvm.stdout(worker);
            for (int seen = 0; seen < killAfter; seen++) {
                String line = out.readLine();
                assertThat(line).as("the worker stopped early (round " + round + ")").isNotNull();
                apply(line.split(" "), codings, docs);
                acknowledged++;
            }
            // SIGKILL from outside: no shutdown hooks, no close. (Process.destroyForcibly would also
            // close our end of its stdout, losing acknowledgements still in the pipe.)
            assertThat(new ProcessBuilder("kill", "-KILL", String.valueOf(worker.pid())).start().waitFor()).isZero();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
            // lines the worker printed before the kill landed are acknowledged too
            String line;
            while ((line = out.readLine()) != null) {
                apply(line.split(" "), codings, docs);
                acknowledged++;
            }
            try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
                assertThat(p.check().run().problems()).as("check after kill in round " + round).isEmpty();
                Set<String> liveCodings = p.repos().codings.allLive().stream().map(c -> c.guid())
                        .collect(Collectors.toSet());
                Set<String> liveDocs = p.repos().documents.all().stream().map(Document::name)
                        .collect(Collectors.toSet());
                int differences = symmetricDifference(liveCodings, codings) + symmetricDifference(liveDocs, docs);
                assertThat(differences).as("only the edit in flight may differ (round " + round + ")")
                        .isLessThanOrEqualTo(1);
                inFlightLanded += differences;
                // carry on from what is really there: the in-flight edit may have landed
                codings.clear();
                codings.addAll(liveCodings);
                docs.clear();
                docs.addAll(liveDocs);
            }
        }
        assertThat(acknowledged).isGreaterThan(rounds * 20);
        System.out.printf("crash harness: %d kills, %d acknowledged edits all present, %d in-flight edits landed,"
                + " %d codings and %d documents at the end%n", rounds, acknowledged, inFlightLanded, codings.size(),
                docs.size());
        assertThat(Files.exists(file)).isTrue();
    }

    private static void apply(String[] ack, Set<String> codings, Set<String> docs) {
        assertThat(ack[0]).isEqualTo("ack");
        switch (ack[1]) {
            case "coding" -> codings.add(ack[2]);
            case "doc" -> docs.add(ack[2]);
            case "theme" -> { }
            case "undo" -> {
                if (ack[2].equals("coding")) {
                    codings.remove(ack[3]);
                } else if (ack[2].equals("doc")) {
                    docs.remove(ack[3]);
                }
            }
            default -> throw new AssertionError("unexpected line " + List.of(ack));
        }
    }

    private static int symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> onlyA = new HashSet<>(a);
        onlyA.removeAll(b);
        Set<String> onlyB = new HashSet<>(b);
        onlyB.removeAll(a);
        return onlyA.size() + onlyB.size();
    }
}
