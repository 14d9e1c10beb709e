package org.thematica.fuzz;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Seeded random cases as JUnit dynamic tests. Each case is named by its seed, so a failure is
 * reproduced with {@code -Dthematica.fuzz.seed=SEED -Dthematica.fuzz.tries=1}; more tries run
 * longer with {@code -Dthematica.fuzz.tries=N} (scaled per property). Without a seed the run
 * starts from a fixed one, so the suite is the same on every machine.
 */
final class Seeds {
    private static final long DEFAULT_SEED = 0x7E3A71CAL;

    private Seeds() {
    }

    static <T> Stream<DynamicTest> cases(String name, int tries, Function<Random, T> generate, ThrowingConsumer<T> check) {
        long first = Long.getLong("thematica.fuzz.seed", DEFAULT_SEED);
        Integer override = Integer.getInteger("thematica.fuzz.tries");
        int n = override == null ? tries : override;
        return IntStream.range(0, n).mapToObj(i -> {
            long seed = first + i * 0x9E3779B97F4A7C15L;
            return DynamicTest.dynamicTest(name + " [seed " + seed + "]", () -> {
                T input = generate.apply(new Random(seed));
                try {
                    check.accept(input);
                } catch (Throwable t) {
                    throw new AssertionError(name + " failed for seed " + seed + " (" + input + "): " + t.getMessage(), t);
                }
            });
        });
    }

    /** Random bytes, mostly short, sometimes empty, now and then a few kilobytes. */
    static byte[] bytes(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(4);
            case 2 -> 1_000 + random.nextInt(8_000);
            default -> random.nextInt(300);
        };
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }
}
