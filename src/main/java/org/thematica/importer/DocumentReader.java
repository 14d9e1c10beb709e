package org.thematica.importer;

import java.nio.file.Path;

/** Reads one file format. {@code bytes} is the whole file; {@code file} is for messages. */
public interface DocumentReader {
    ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException;
}
