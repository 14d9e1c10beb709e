package org.thematica.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Temporary dispatcher (UTF-8 text only) until the format readers land. */
public final class Importers {
    private Importers() {
    }

    public static ImportedText read(Path file, ReadOptions options) throws ImportException {
        try {
            String text = TextNormalizer.normalize(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            return new ImportedText(text, "txt", "UTF-8", List.of(), List.of(), List.of());
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read");
        }
    }
}
