package org.thematica.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file beside its destination and moves it into place when complete, so no reader sees half a file. */
final class AtomicWrite {
    private AtomicWrite() {
    }

    static void bytes(Path out, byte[] bytes) throws IOException {
        Path temp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.write(temp, bytes);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
