package org.thematica.importer;

import java.nio.file.Path;

/** Placeholder until the subtitle readers land; refuses every file. */
public final class SbvReader implements DocumentReader {
    @Override
    public ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        throw new ImportException(file, "Sbv subtitles are not supported yet");
    }
}
