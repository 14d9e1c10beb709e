package org.thematica.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.thematica.model.SpeakerTurn;
import org.thematica.model.SyncPoint;

/**
 * The one entry point for importing a file: checks that it can be read, decides the format from
 * its content first and its name second, runs the matching reader, and guarantees that what comes
 * back is normalised text with offsets inside it. Every failure is an {@link ImportException}
 * whose message names the file and the problem in plain words.
 */
public final class Importers {
    private static final List<String> EXTENSIONS =
            List.of("txt", "text", "md", "markdown", "docx", "odt", "pdf", "vtt", "srt", "sbv");
    private static final Set<String> DOCX_NAMES = Set.of("docx", "docm", "dotx", "dotm");
    private static final Set<String> ODT_NAMES = Set.of("odt", "ott");
    private static final Set<String> TEXT_NAMES = Set.of("txt", "text", "");

    private Importers() {
    }

    /** The file name extensions (without the dot) that have a reader. */
    public static List<String> supportedExtensions() {
        return EXTENSIONS;
    }

    public static ImportedText read(Path file, ReadOptions options) throws ImportException {
        return read(file, load(file, options), options);
    }

    /** Like {@link #read(Path, ReadOptions)} for bytes already in memory; {@code file} names them. */
    static ImportedText read(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(file, "is empty");
        }
        return readWith(route(file, bytes, options), file, bytes, options);
    }

    /** Runs the chosen reader, holds it to the contract, and adds the routing warnings. */
    static ImportedText readWith(Route route, Path file, byte[] bytes, ReadOptions options) throws ImportException {
        ImportedText result;
        try {
            result = route.reader().read(file, bytes, options);
        } catch (RuntimeException e) {
            // A reader bug or a library failing in a way we did not foresee: the user still gets
            // one sentence, and the cause stays attached for a bug report.
            throw new ImportException(file, "could not be read because of an unexpected problem ("
                    + Reasons.brief(e) + "); please report this file", e);
        } catch (StackOverflowError e) {
            // The last line of defence against nesting no check foresaw (ZipContents refuses deep
            // XML before POI sees it): the libraries build documents by recursion. Catching it is
            // safe, since the stack is unwound by now and the reader's objects are garbage.
            throw new ImportException(file, "could not be read: its structure is nested too deeply", e);
        }
        checkContract(file, result);
        if (route.warnings().isEmpty()) {
            return result;
        }
        List<String> warnings = new ArrayList<>(route.warnings());
        warnings.addAll(result.warnings());
        return new ImportedText(result.text(), result.format(), result.encoding(), result.turns(),
                result.syncPoints(), warnings);
    }

    /** The reader for a file, and warnings about how it was chosen. */
    record Route(DocumentReader reader, List<String> warnings) {
        Route(DocumentReader reader) {
            this(reader, List.of());
        }
    }

    static Route route(Path file, byte[] bytes) throws ImportException {
        return route(file, bytes, ReadOptions.defaults());
    }

    static Route route(Path file, byte[] bytes, ReadOptions options) throws ImportException {
        String ext = extension(file);
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(bytes);
        switch (sniffed.kind()) {
            case PDF:
                return byContent(new PdfReader(), ext, Set.of("pdf"), "a PDF", "PDF");
            case ZIP:
                return zipRoute(file, bytes, ext, options);
            case OLE2:
                throw OfficeBinaryFiles.refusal(file, bytes);
            case RTF:
                throw new ImportException(file, "is a Rich Text (.rtf) file; save it as .docx in Word or "
                        + "LibreOffice and import that");
            case BINARY:
                throw new ImportException(file, "is " + sniffed.description() + ", not a text document");
            default:
                return textRoute(ext, bytes);
        }
    }

    private static Route zipRoute(Path file, byte[] bytes, String ext, ReadOptions options) throws ImportException {
        ZipContents zip;
        try {
            zip = ZipContents.read(bytes, Set.of("mimetype"), options);
        } catch (ExpansionBudget.Exceeded e) {
            throw new ImportException(file, e.getMessage());
        } catch (ZipContents.DamagedZipException e) {
            // A damaged .docx or .odt: its reader gives the more useful message.
            if (DOCX_NAMES.contains(ext)) {
                return new Route(new DocxReader());
            }
            if (ODT_NAMES.contains(ext)) {
                return new Route(new OdtReader());
            }
            throw new ImportException(file, "is a zip archive that cannot be opened (" + e.getMessage() + ")");
        }
        String mimetype = zip.get("mimetype") == null ? ""
                : new String(zip.get("mimetype"), java.nio.charset.StandardCharsets.US_ASCII).strip();
        if (zip.has("word/document.xml") || (zip.has("[Content_Types].xml") && DOCX_NAMES.contains(ext))) {
            return byContent(new DocxReader(), ext, DOCX_NAMES, "a Word .docx document", ".docx");
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.text")
                || (mimetype.isEmpty() && zip.has("content.xml") && ODT_NAMES.contains(ext))) {
            return byContent(new OdtReader(), ext, ODT_NAMES, "an OpenDocument .odt text", ".odt");
        }
        String hint = zipHint(zip, mimetype);
        throw new ImportException(file, "is a zip archive but not a .docx or .odt document"
                + (hint == null ? "" : " (it looks like " + hint + ")"));
    }

    private static String zipHint(ZipContents zip, String mimetype) {
        if (zip.has("xl/workbook.xml")) {
            return "an Excel .xlsx workbook";
        }
        if (zip.has("ppt/presentation.xml")) {
            return "a PowerPoint .pptx presentation";
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return "an OpenDocument .ods spreadsheet";
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument.presentation")) {
            return "an OpenDocument .odp presentation";
        }
        if (mimetype.equals("application/epub+zip")) {
            return "an EPUB e-book";
        }
        if (zip.has("project.qde") || zip.has("Project.qde")) {
            // no command imports a REFI-QDA project yet: the message must not promise one
            return "a REFI-QDA project, which Thematica cannot import yet";
        }
        return null;
    }

    private static Route textRoute(String ext, byte[] bytes) {
        switch (ext) {
            case "vtt":
                return new Route(new VttReader());
            case "srt":
                return new Route(new SrtReader());
            case "sbv":
                return new Route(new SbvReader());
            case "md":
            case "markdown":
                return new Route(new MarkdownReader());
            case "pdf":
                return new Route(new PdfReader()); // refuses with "is not a readable PDF"
            case "docx":
            case "docm":
            case "dotx":
            case "dotm":
                return new Route(new DocxReader()); // refuses with "is not a valid .docx"
            case "odt":
            case "ott":
                return new Route(new OdtReader());
            default:
                break;
        }
        if (ContentSniffer.isWebVtt(bytes)) {
            return byContent(new VttReader(), ext, Set.of("vtt"), "a WebVTT subtitle file", "WebVTT");
        }
        List<String> warnings = TEXT_NAMES.contains(ext) || !isKnownOtherFormat(ext) ? List.of()
                : List.of("is named ." + ext + " but contains plain text; read as text.");
        return new Route(new PlainTextReader(), warnings);
    }

    private static boolean isKnownOtherFormat(String ext) {
        return Set.of("doc", "rtf", "xls", "xlsx", "ppt", "pptx", "ods", "odp", "epub").contains(ext);
    }

    /** A reader chosen by content; says so when the file's name promised something else. */
    private static Route byContent(DocumentReader reader, String ext, Set<String> expected, String isA,
                                   String readAs) {
        if (ext.isEmpty() || expected.contains(ext)) {
            return new Route(reader);
        }
        return new Route(reader, List.of("is named ." + ext + " but is " + isA + "; read as " + readAs + "."));
    }

    private static byte[] load(Path file, ReadOptions options) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(file, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new ImportException(file, "does not exist (looked for " + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, "cannot be read (permission denied)");
        }
        try {
            checkSize(file, Files.size(file), options);
            byte[] bytes = Files.readAllBytes(file);
            checkSize(file, bytes.length, options); // it may have grown meanwhile
            return bytes;
        } catch (IOException e) {
            throw new ImportException(file, "could not be read (" + Reasons.brief(e) + ")", e);
        }
    }

    private static void checkSize(Path file, long size, ReadOptions options) throws ImportException {
        if (size > options.maxBytes()) {
            throw new ImportException(file, "is too large (" + formatSize(size) + "; the limit is "
                    + formatSize(options.maxBytes()) + ")");
        }
        if (size == 0) {
            throw new ImportException(file, "is empty");
        }
    }

    static String formatSize(long bytes) {
        if (bytes >= 1024L * 1024) {
            return trimZero(String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024))) + " MB";
        }
        if (bytes >= 1024) {
            return trimZero(String.format(Locale.ROOT, "%.1f", bytes / 1024.0)) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String trimZero(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    /**
     * Every reader promises normalised text and offsets inside it (DESIGN.md, "Text and offsets");
     * a broken promise would corrupt every coding made later, so it stops the import here.
     */
    private static void checkContract(Path file, ImportedText result) throws ImportException {
        String problem = null;
        if (result == null || result.text() == null) {
            problem = "it returned no text";
        } else if (!TextNormalizer.isNormalized(result.text())) {
            problem = "its text was not normalised";
        } else {
            int length = result.text().length();
            for (SpeakerTurn turn : result.turns()) {
                if (turn.end() > length) {
                    problem = "a speaker turn lies outside the text";
                }
            }
            for (SyncPoint point : result.syncPoints()) {
                if (point.offset() < 0 || point.offset() > length) {
                    problem = "a sync point lies outside the text";
                }
            }
        }
        if (problem != null) {
            throw new ImportException(file, "could not be imported because of an internal error in its reader ("
                    + problem + "); please report this");
        }
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 || dot == s.length() - 1 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
