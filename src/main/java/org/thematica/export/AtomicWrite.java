package org.thematica.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.thematica.store.WriteTargets;

/**
 * Writes a file beside its destination and moves it into place when complete, so no reader sees
 * half a file. The destination must be one a command may write ({@link WriteTargets}); the
 * temporary file is made afresh (never written through a link someone left under its name).
 */
final class AtomicWrite {
    private AtomicWrite() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void bytes(Path out, byte[] bytes) throws IOException {
        write(out, o -> o.write(bytes));
    }

    static void write(Path out, Body body) throws IOException {
        WriteTargets.check(out);
        Path temp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.deleteIfExists(temp);
            try (OutputStream o = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(o);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
