package org.thematica.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The crash harness's judge on hand-made worker output and stored projects. Each failing case
 * also shows that the check the harness used before (codings and documents only, a symmetric
 * difference of at most one allowed) would have passed it.
 */
class CrashLedgerTest {
    private static final Set<String> BASE = Set.of("doc base");

    private static CrashLedger ledger(String... lines) {
        CrashLedger ledger = new CrashLedger(BASE);
        for (String line : lines) {
            ledger.read(line);
        }
        return ledger;
    }

    private static Set<String> stored(String... facts) {
        Set<String> all = new HashSet<>(BASE);
        all.addAll(Set.of(facts));
        return all;
    }

    /** The old check: at most one coding or document in the symmetric difference; nothing else looked at. */
    private static boolean oldTolerancePasses(Set<String> expected, Set<String> stored) {
        Set<String> onlyExpected = new HashSet<>(expected);
        onlyExpected.removeAll(stored);
        Set<String> onlyStored = new HashSet<>(stored);
        onlyStored.removeAll(expected);
        long differences = java.util.stream.Stream.concat(onlyExpected.stream(), onlyStored.stream())
                .filter(f -> f.startsWith("coding ") || f.startsWith("doc ")).count();
        return differences <= 1;
    }

    @Test
    void everyAcknowledgedEditStoredPasses() {
        CrashLedger ledger = ledger("begin coding base c1 0 10", "done", "begin member t0 c1", "done",
                "begin memo m1 v0", "done", "begin doc d1", "done");
        ledger.settle(stored("coding base c1 0 10", "code c1", "member t0 c1", "theme t0", "memo m1 v0", "doc d1"));
        assertThat(ledger.acknowledged()).containsEntry("coding", 1).containsEntry("member", 1).containsEntry("doc", 1);
        assertThat(ledger.landed()).isZero();
    }

    @Test
    void aLostAcknowledgedCodingFailsThoughTheOldToleranceTookItForTheEditInFlight() {
        CrashLedger ledger = ledger("begin coding base c1 0 10", "done", "begin coding base c1 5 20", "done");
        Set<String> lost = stored("coding base c1 0 10", "code c1");
        assertThatThrownBy(() -> ledger.settle(lost)).hasMessageContaining("missing [coding base c1 5 20]");
        assertThat(oldTolerancePasses(ledger.facts(), lost)).isTrue();
    }

    @Test
    void aLostAcknowledgedThemeMembershipOrMemoFails() {
        CrashLedger member = ledger("begin coding base c1 0 10", "done", "begin member t0 c1", "done");
        Set<String> noMember = stored("coding base c1 0 10", "code c1");
        assertThatThrownBy(() -> member.settle(noMember)).hasMessageContaining("missing [member t0 c1, theme t0]");
        assertThat(oldTolerancePasses(member.facts(), noMember)).isTrue();

        CrashLedger memo = ledger("begin memo m1 v0", "done", "begin memo-edit m1 v2", "done");
        Set<String> oldText = stored("memo m1 v0");
        assertThatThrownBy(() -> memo.settle(oldText)).hasMessageContaining("missing [memo m1 v2]")
                .hasMessageContaining("never acknowledged [memo m1 v0]");
        assertThat(oldTolerancePasses(memo.facts(), oldText)).isTrue();
    }

    @Test
    void anUndoneCodingTakesTheCodeItCreatedWithItAndARedoBringsBothBack() {
        CrashLedger undone = ledger("begin coding base c1 0 10", "done", "begin undo", "done");
        Set<String> codeLeft = stored("code c1");
        assertThatThrownBy(() -> undone.settle(codeLeft)).hasMessageContaining("never acknowledged [code c1]");
        assertThat(oldTolerancePasses(undone.facts(), codeLeft)).isTrue();
        ledger("begin coding base c1 0 10", "done", "begin undo", "done").settle(stored());

        CrashLedger redone = ledger("begin coding base c1 0 10", "done", "begin undo", "done", "begin redo", "done");
        redone.settle(stored("coding base c1 0 10", "code c1"));
    }

    @Test
    void undoRedoFollowTheHistoryStacksAndANewEditDiscardsTheRedoBranch() {
        CrashLedger ledger = ledger("begin coding base c1 0 10", "done", "begin coding base c2 0 10", "done",
                "begin undo", "done", "begin undo", "done", "begin redo", "done");
        ledger.settle(stored("coding base c1 0 10", "code c1"));
        assertThatThrownBy(() -> ledger("begin memo m1 v0", "done", "begin undo", "done", "begin doc d1", "done",
                "begin redo", "done")).hasMessageContaining("the worker says 'redo' changed the project");
    }

    @Test
    void somethingNeverAnnouncedFails() {
        CrashLedger ledger = ledger("begin coding base c1 0 10", "done");
        Set<String> extra = stored("coding base c1 0 10", "code c1", "coding base c1 30 40");
        assertThatThrownBy(() -> ledger.settle(extra)).hasMessageContaining("never acknowledged [coding base c1 30 40]");
        assertThat(oldTolerancePasses(ledger.facts(), extra)).isTrue();
    }

    @Test
    void theEditInFlightMayLandWhollyOrNotAtAll() {
        CrashLedger landed = ledger("begin coding base c1 0 10", "done", "begin member t0 c1");
        landed.settle(stored("coding base c1 0 10", "code c1", "member t0 c1", "theme t0"));
        assertThat(landed.landed()).isOne();
        assertThat(landed.facts()).contains("member t0 c1"); // carried on from what is stored

        CrashLedger notLanded = ledger("begin coding base c1 0 10", "done", "begin member t0 c1");
        notLanded.settle(stored("coding base c1 0 10", "code c1"));
        assertThat(notLanded.notLanded()).isOne();

        CrashLedger half = ledger("begin coding base c1 0 10", "done", "begin member t0 c1");
        Set<String> themeOnly = stored("coding base c1 0 10", "code c1", "theme t0");
        assertThatThrownBy(() -> half.settle(themeOnly)).hasMessageContaining("'member t0 c1'");
    }

    @Test
    void theEditInFlightDoesNotExcuseALostAcknowledgedOne() {
        CrashLedger ledger = ledger("begin doc d1", "done", "begin doc d2");
        assertThatThrownBy(() -> ledger.settle(stored("doc d2"))).hasMessageContaining("missing [doc d1]");
    }

    @Test
    void refusalsAreModelledAndAWorkerThatDisagreesFails() {
        CrashLedger ledger = ledger("begin member t0 c1", "unchanged", "begin coding base c1 0 10", "done",
                "begin coding base c1 0 10", "unchanged", "begin memo m1 v0", "done", "begin memo-edit m1 v0",
                "unchanged", "begin redo", "unchanged");
        assertThat(ledger.unchanged()).isEqualTo(4);
        ledger.settle(stored("coding base c1 0 10", "code c1", "memo m1 v0"));

        assertThatThrownBy(() -> ledger("begin member t0 c1", "done")).hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> ledger("begin doc d1", "unchanged")).hasMessageContaining("changes something");
    }

    @Test
    void linesOutOfProtocolFail() {
        assertThatThrownBy(() -> ledger("done")).hasMessageContaining("acknowledges nothing announced");
        assertThatThrownBy(() -> ledger("begin doc d1", "begin doc d2")).hasMessageContaining("was not acknowledged");
        assertThatThrownBy(() -> ledger("begin coding base c1")).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> ledger("ack coding x")).hasMessageContaining("unexpected line");
    }
}
