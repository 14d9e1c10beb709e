package org.thematica.service;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is working and where times and GUIDs come from. The deterministic variant (fixed start
 * time, seeded GUIDs) lets a script such as the demo build the same project every time.
 */
public record Settings(String coderName, Supplier<Instant> clock, Supplier<String> guids) {

    public static Settings forUser(String coderName) {
        return new Settings(coderName, Instant::now, () -> UUID.randomUUID().toString());
    }

    /** The coder name from THEMATICA_CODER, else the operating-system user. */
    public static String defaultCoderName() {
        String env = System.getenv("THEMATICA_CODER");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return System.getProperty("user.name", "analyst");
    }

    /**
     * A fixed clock and seeded GUIDs, for building a project in a single session (the demo, test
     * fixtures). Never use it for a second session on the same project: the same seed would
     * produce the same GUIDs again.
     */
    public static Settings deterministic(String coderName, Instant start, long seed) {
        Random random = new Random(seed);
        long[] tick = {0};
        return new Settings(coderName,
                () -> start.plusSeconds(tick[0]++),
                () -> {
                    // a version-4 UUID drawn from the seeded generator
                    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
                    long lo = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
                    return new UUID(hi, lo).toString();
                });
    }

    public Settings withCoder(String name) {
        return new Settings(name, clock, guids);
    }
}
