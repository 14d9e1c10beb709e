package org.thematica.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.service.Project;
import org.thematica.testing.MergeFixture;

/**
 * The merge's promises as properties over random edit sequences (seeded: a failing seed runs
 * again the same), on the study of {@link MergeFixture}: a blind coder copy (Ann), a full one
 * (Ben, who may change and undo anyone's work, back past the copy's base) and the project itself
 * (Amira) are edited at random, then merged in both orders.
 * <ul>
 * <li><b>Three-way, nothing lost.</b> After merging a copy, every field and relation (a {@link
 *     MergeDump} key) holds the copy's value where only the copy changed it, ours where only we did,
 *     the common value where both agree; where both changed it differently, the report lists it.
 *     So nothing an acknowledged edit wrote is lost silently. Rows the copy made and deleted again
 *     (and what hangs on them) do not come in; rows a blind copy never had are ones it did not change.</li>
 * <li><b>Idempotence.</b> Merging the same copy again changes nothing: no history step, the same dump.</li>
 * <li><b>Commutativity.</b> A then B, and B then A, give the same dump, except the keys either
 *     order's reports name (a conflict's field, a same name's names): for those, which side was
 *     "ours" depended on the order, and both orders said so.</li>
 * <li>Every merged project passes {@code check}.</li>
 * </ul>
 * {@code -Dmerge.cases=N} runs more seeds; {@code -Dmerge.seed=S} runs one again.
 */
class MergePropertiesTest {
    private static final int CASES = Integer.getInteger("merge.cases", 10);
    private static final int EDITS = 14;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> mergesKeepTheirPromises() {
        long only = Long.getLong("merge.seed", 0);
        LongStream seeds = only > 0 ? LongStream.of(only) : LongStream.rangeClosed(1, CASES);
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed,
                () -> run(seed, Files.createDirectories(dir.resolve("seed" + seed)))));
    }

    private void run(long seed, Path here) throws Exception {
        Path ours = MergeFixture.base(here);
        Map<String, String> base = MergeDump.of(ours);
        Path ann = MergeFixture.copy(ours, here.resolve("ann.thematica"), "Ann", true);
        Path ben = MergeFixture.copy(ours, here.resolve("ben.thematica"), "Ben", false); // sees, and may undo, all
        edit(ann, "Ann", seed * 10 + 1);
        edit(ben, "Ben", seed * 10 + 2);
        edit(ours, "Amira", seed * 10 + 3);
        Map<String, String> annDump = MergeDump.of(ann);
        Map<String, String> benDump = MergeDump.of(ben);
        Map<String, String> ourDump = MergeDump.of(ours);

        Path ab = Files.copy(ours, here.resolve("ab.thematica"));
        Path ba = Files.copy(ours, here.resolve("ba.thematica"));
        MergeReport abFirst = MergeFixture.merge(ab, ann, seed * 10 + 4);
        Map<String, String> afterAnn = MergeDump.of(ab);
        threeWay("Ann into ours", base, ourDump, annDump, afterAnn, abFirst);
        MergeReport abSecond = MergeFixture.merge(ab, ben, seed * 10 + 5);
        threeWay("Ben after Ann", base, afterAnn, benDump, MergeDump.of(ab), abSecond);

        MergeReport baFirst = MergeFixture.merge(ba, ben, seed * 10 + 6);
        MergeReport baSecond = MergeFixture.merge(ba, ann, seed * 10 + 7);
        healthy(ab);
        healthy(ba);

        Map<String, String> abDump = MergeDump.of(ab);
        MergeReport again = MergeFixture.merge(ab, ann, seed * 10 + 8);
        assertThat(again.historyId()).as("merging Ann's copy again records nothing").isZero();
        assertThat(again.changesProject()).isFalse();
        assertThat(MergeDump.of(ab)).as("merging Ann's copy again changes nothing").isEqualTo(abDump);

        List<MergeReport> all = List.of(abFirst, abSecond, baFirst, baSecond);
        Map<String, String> baDump = MergeDump.of(ba);
        List<String> differ = new ArrayList<>();
        for (String key : union(abDump, baDump)) {
            if (!Objects.equals(abDump.get(key), baDump.get(key)) && !MergeDump.masked(key, all)) {
                differ.add(key + ": A then B " + abDump.get(key) + ", B then A " + baDump.get(key));
            }
        }
        assertThat(differ).as("the two orders differ only where a report says so").isEmpty();
    }

    private static void edit(Path file, String coder, long seed) throws Exception {
        try (Project p = MergeFixture.open(file, coder, seed)) {
            new RandomEdits(p, coder, seed).run(EDITS);
        }
    }

    private static void healthy(Path file) throws Exception {
        try (Project p = MergeFixture.open(file, "Amira", 77)) {
            assertThat(p.check().run().problems()).as(file.getFileName().toString()).isEmpty();
        }
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /**
     * The three-way property for one merge: {@code result} is {@code ours} with the copy's
     * changes since {@code base}; where both changed a key differently, the report names it.
     */
    private static void threeWay(String what, Map<String, String> base, Map<String, String> ours,
                                 Map<String, String> theirs, Map<String, String> result, MergeReport report) {
        Set<String> absent = leftOut(base, theirs, report);
        List<String> wrong = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        theirs.keySet().forEach(key -> rows.add(key.substring(0, key.lastIndexOf('|'))));
        Set<String> keys = union(base, ours);
        keys.addAll(theirs.keySet());
        for (String key : keys) {
            if (MergeDump.masked(key, List.of(report)) || absent.stream().anyMatch(key::contains)) {
                continue;
            }
            String b = base.get(key);
            String o = ours.get(key);
            String[] k = key.split("\\|");
            // a row the copy never had (another coder's, left out of a blind copy) is one it did not change
            String t = k.length == 3 && !rows.contains(k[0] + "|" + k[1]) ? b : theirs.get(key);
            String expected;
            if (Objects.equals(t, b) || Objects.equals(o, t)) {
                expected = o;
            } else if (Objects.equals(o, b)) {
                expected = t;
            } else {
                wrong.add(key + ": both changed it (ours " + o + ", the copy's " + t + ") and the report is silent");
                continue;
            }
            if (!Objects.equals(result.get(key), expected)) {
                wrong.add(key + ": base " + b + ", ours " + o + ", the copy's " + t + ", merged " + result.get(key));
            }
        }
        assertThat(wrong).as(what).isEmpty();
    }

    /**
     * The GUIDs of rows that rightly do not come in: made and deleted again in the copy, the
     * codings a conflict kept out, and, transitively, new rows that point at one of them.
     */
    private static Set<String> leftOut(Map<String, String> base, Map<String, String> theirs, MergeReport report) {
        Set<String> guids = new HashSet<>();
        for (var e : theirs.entrySet()) {
            String[] k = e.getKey().split("\\|");
            if (k.length == 3 && k[2].equals("deleted") && e.getValue().equals("1") && !base.containsKey(e.getKey())) {
                guids.add(k[1]);
            }
        }
        report.conflicts().forEach(c -> guids.addAll(c.involves()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : theirs.entrySet()) {
                String[] k = e.getKey().split("\\|");
                if (k.length == 3 && !base.containsKey(k[0] + "|" + k[1] + "|deleted") && !guids.contains(k[1])
                        && guids.stream().anyMatch(e.getValue()::contains)) {
                    guids.add(k[1]);
                    grew = true;
                }
            }
        }
        return guids;
    }
}
