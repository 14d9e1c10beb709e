package org.thematica.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebouncerTest {
    final ManualScheduler clock = new ManualScheduler();
    int saves;
    final Debouncer debouncer = new Debouncer(Duration.ofMillis(1500), clock, () -> saves++);

    @Test
    void tenRapidEditsMakeOneSave() {
        for (int i = 0; i < 10; i++) {
            debouncer.poke();
            clock.advance(100);
        }
        assertThat(saves).as("still typing").isZero();
        clock.advance(1500);
        assertThat(saves).isEqualTo(1);
        clock.advance(10_000);
        assertThat(saves).as("nothing more to save").isEqualTo(1);
        assertThat(debouncer.isPending()).isFalse();
    }

    @Test
    void aPauseBetweenTwoBurstsMakesTwoSaves() {
        debouncer.poke();
        clock.advance(1600);
        debouncer.poke();
        debouncer.poke();
        clock.advance(1600);
        assertThat(saves).isEqualTo(2);
    }

    @Test
    void theSaveWaitsForTheWholeQuietPeriodAfterTheLastEdit() {
        debouncer.poke();
        clock.advance(1400);
        debouncer.poke();
        clock.advance(1400);
        assertThat(saves).isZero();
        clock.advance(100);
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void flushSavesAtOnceOnlyWhenSomethingIsPending() {
        debouncer.flush();
        assertThat(saves).as("nothing typed, nothing saved").isZero();
        debouncer.poke();
        debouncer.flush();
        assertThat(saves).isEqualTo(1);
        clock.advance(5000);
        assertThat(saves).as("the flushed save is not repeated").isEqualTo(1);
    }

    @Test
    void cancelDropsThePendingSave() {
        debouncer.poke();
        debouncer.cancel();
        clock.advance(5000);
        assertThat(saves).isZero();
    }

    @Test
    void aCancelledTaskThatRunsAnywayDoesNothing() {
        List<Runnable> queued = new ArrayList<>();
        Debouncer leaky = new Debouncer(Duration.ofMillis(10), (d, task) -> {
            queued.add(task);
            return () -> { }; // cannot cancel: the task was already queued
        }, () -> saves++);
        leaky.poke();
        leaky.poke();
        queued.forEach(Runnable::run);
        assertThat(saves).as("only the newest poke saves").isEqualTo(1);
    }
}
