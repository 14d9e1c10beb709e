package org.thematica.importer;

import java.nio.file.Path;

/** The steps every subtitle reader shares: decode, split into lines, parse, build the transcript. */
final class SubtitleImport {
    /** Reads the lines of one format into the collector; may refuse the whole file. */
    @FunctionalInterface
    interface CueParser {
        void parse(Path file, String[] lines, CueCollector out) throws ImportException;
    }

    private SubtitleImport() {
    }

    static ImportedText read(Path file, byte[] bytes, ReadOptions options, String format, CueParser parser)
            throws ImportException {
        SubtitleText source = SubtitleText.decode(file, bytes, options);
        try {
            CueCollector out = new CueCollector(source.warnings());
            parser.parse(file, source.text().split("\n", -1), out);
            return out.finish(file, format, source);
        } catch (RuntimeException bug) {
            // The contract is ImportException only: a bug here must not take the import dialog down.
            throw new ImportException(file, "could not be read because of an error in Thematica's "
                    + format + " reader; please report it", bug);
        }
    }

    static boolean blank(String line) {
        return line.isBlank();
    }
}
