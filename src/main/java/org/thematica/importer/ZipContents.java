package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive held in memory (.docx and .odt are zips): its entry names, and the contents of a
 * few small entries we want to look at. Every entry is inflated once, which checks its CRC, so a
 * truncated or corrupt archive is noticed here and not halfway through a parser. Inflation is
 * capped relative to the archive's size so that a zip bomb is refused instead of filling memory.
 */
record ZipContents(Set<String> names, Map<String, byte[]> kept) {
    /** Why an archive could not be read; the message is short and plain. */
    static final class DamagedZipException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedZipException(String message) {
            super(message);
        }
    }

    /** No real document inflates to more than 100 times its size plus 64 MB. */
    private static final long RATIO = 100;
    private static final long ALLOWANCE = 64L * 1024 * 1024;

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /**
     * @param keep names of entries whose bytes to keep (content.xml, mimetype, ...)
     * @throws DamagedZipException when the archive is truncated, corrupt or implausibly compressed
     */
    static ZipContents read(byte[] bytes, Set<String> keep) throws DamagedZipException {
        if (!hasEndRecord(bytes)) {
            throw new DamagedZipException("damaged zip"); // cut off before its table of contents
        }
        Map<String, byte[]> names = new LinkedHashMap<>();
        long budget = RATIO * bytes.length + ALLOWANCE;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream content = keep.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    budget -= n;
                    if (budget < 0) {
                        throw new DamagedZipException("it unpacks to an implausible size; possibly a zip bomb");
                    }
                    if (content != null) {
                        content.write(buffer, 0, n);
                    }
                }
                names.put(entry.getName(), content == null ? null : content.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: entry names in an encoding ZipInputStream cannot read.
            throw new DamagedZipException("damaged zip");
        }
        if (names.isEmpty()) {
            throw new DamagedZipException("damaged zip");
        }
        Map<String, byte[]> kept = new LinkedHashMap<>();
        names.forEach((name, content) -> {
            if (content != null) {
                kept.put(name, content);
            }
        });
        return new ZipContents(Set.copyOf(names.keySet()), kept);
    }

    /** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 KB. */
    private static boolean hasEndRecord(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - 22 - 0xFFFF);
        for (int i = bytes.length - 22; i >= lowest; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    boolean has(String name) {
        return names.contains(name);
    }

    byte[] get(String name) {
        return kept.get(name);
    }
}
