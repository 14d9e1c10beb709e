package org.thematica.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Says what a file is from its first bytes, whatever its name: users rename files, mail
 * programs add ".txt", and a PDF read as text would import as pages of gibberish.
 */
final class ContentSniffer {
    enum Kind { PDF, ZIP, OLE2, RTF, BINARY, TEXT }

    /** @param description for BINARY, what the file is, e.g. "a PNG image" */
    record Sniffed(Kind kind, String description) {
    }

    /** A signature at an offset, and what a file starting with it is. */
    private record Magic(int offset, byte[] bytes, String description) {
        static Magic of(int offset, String description, int... bytes) {
            byte[] b = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                b[i] = (byte) bytes[i];
            }
            return new Magic(offset, b, description);
        }

        static Magic ascii(int offset, String signature, String description) {
            return new Magic(offset, signature.getBytes(StandardCharsets.ISO_8859_1), description);
        }

        boolean matches(byte[] data) {
            if (data.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (data[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Magic> BINARIES = List.of(
            Magic.of(0, "a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            Magic.of(0, "a JPEG image", 0xFF, 0xD8, 0xFF),
            Magic.ascii(0, "GIF87a", "a GIF image"),
            Magic.ascii(0, "GIF89a", "a GIF image"),
            Magic.of(0, "a TIFF image", 'I', 'I', 0x2A, 0x00),
            Magic.of(0, "a TIFF image", 'M', 'M', 0x00, 0x2A),
            // ID3, OggS and fLaC are followed by a version or block byte that text never has,
            // so that a note starting "ID3 interview" is not taken for music.
            Magic.of(0, "an MP3 audio file", 'I', 'D', '3', 0x03, 0x00),
            Magic.of(0, "an MP3 audio file", 'I', 'D', '3', 0x04, 0x00),
            Magic.of(0, "an MP3 audio file", 'I', 'D', '3', 0x02, 0x00),
            Magic.of(0, "an MP3 audio file", 0xFF, 0xFB),
            Magic.of(0, "an MP3 audio file", 0xFF, 0xF3),
            Magic.of(0, "an Ogg audio or video file", 'O', 'g', 'g', 'S', 0x00),
            Magic.of(0, "a FLAC audio file", 'f', 'L', 'a', 'C', 0x00),
            Magic.of(0, "a FLAC audio file", 'f', 'L', 'a', 'C', 0x80),
            Magic.of(0, "a WebM or Matroska video", 0x1A, 0x45, 0xDF, 0xA3),
            Magic.of(0, "a program (ELF executable)", 0x7F, 'E', 'L', 'F'),
            Magic.of(0, "a program or Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
            Magic.of(0, "a program (Mach-O executable)", 0xCF, 0xFA, 0xED, 0xFE),
            Magic.of(0, "a program (Mach-O executable)", 0xCE, 0xFA, 0xED, 0xFE),
            Magic.of(0, "a gzip archive", 0x1F, 0x8B),
            Magic.of(0, "a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            Magic.ascii(0, "Rar!\u001A\u0007", "a RAR archive"),
            Magic.of(0, "an xz archive", 0xFD, '7', 'z', 'X', 'Z', 0x00),
            Magic.of(0, "a Zstandard archive", 0x28, 0xB5, 0x2F, 0xFD),
            Magic.ascii(0, "SQLite format 3\u0000",
                    "a SQLite database (perhaps a Thematica project; open it as a project instead)"));

    private ContentSniffer() {
    }

    static Sniffed sniff(byte[] b) {
        if (startsWithAscii(b, "%PDF-")) {
            return new Sniffed(Kind.PDF, "a PDF");
        }
        if (ZipContents.isZip(b)) {
            return new Sniffed(Kind.ZIP, "a zip archive");
        }
        if (OfficeBinaryFiles.isOle2(b)) {
            return new Sniffed(Kind.OLE2, "an Office 97 file");
        }
        if (startsWithAscii(b, "{\\rtf")) {
            return new Sniffed(Kind.RTF, "a Rich Text file");
        }
        for (Magic magic : BINARIES) {
            if (magic.matches(b)) {
                return new Sniffed(Kind.BINARY, magic.description());
            }
        }
        String container = riffOrIsoMedia(b);
        if (container != null) {
            return new Sniffed(Kind.BINARY, container);
        }
        if (isWindowsProgram(b)) {
            return new Sniffed(Kind.BINARY, "a Windows program");
        }
        return new Sniffed(Kind.TEXT, "text");
    }

    /**
     * RIFF (WAV, AVI, WebP) and ISO media (MP4, MOV, M4A, HEIC) name their kind at byte 4 or 8;
     * the first bytes (the word RIFF, or a box size starting with zero bytes) guard against a
     * text that happens to contain the word.
     */
    private static String riffOrIsoMedia(byte[] b) {
        if (startsWithAscii(b, "RIFF") && b.length >= 12) {
            String kind = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
            return switch (kind) {
                case "WEBP" -> "a WebP image";
                case "WAVE" -> "a WAV audio file";
                case "AVI " -> "an AVI video";
                default -> "a RIFF media file";
            };
        }
        if (b.length >= 12 && b[0] == 0 && b[1] == 0 && new String(b, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            String brand = new String(b, 8, 4, StandardCharsets.ISO_8859_1);
            if (brand.startsWith("hei") || brand.equals("mif1")) {
                return "a HEIC image";
            }
            return brand.startsWith("M4A") ? "an M4A audio file" : "an MP4 or QuickTime video";
        }
        return null;
    }

    /** "MZ" alone could start a text; a real executable has zero bytes in its header. */
    private static boolean isWindowsProgram(byte[] b) {
        if (!startsWithAscii(b, "MZ")) {
            return false;
        }
        for (int i = 2; i < Math.min(b.length, 64); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text (after an optional UTF-8 BOM) starts with a WEBVTT header line. */
    static boolean isWebVtt(byte[] b) {
        int from = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        byte[] header = "WEBVTT".getBytes(StandardCharsets.US_ASCII);
        if (b.length < from + header.length) {
            return false;
        }
        for (int i = 0; i < header.length; i++) {
            if (b[from + i] != header[i]) {
                return false;
            }
        }
        int next = from + header.length;
        return next == b.length || b[next] == ' ' || b[next] == '\t' || b[next] == '\n' || b[next] == '\r';
    }

    private static boolean startsWithAscii(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
