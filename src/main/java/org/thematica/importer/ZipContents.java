package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A zip archive held in memory (.docx and .odt are zips): its entry names, and the contents of a
 * few small entries we want to look at. Every entry is inflated once, which checks its CRC, so a
 * truncated or corrupt archive is noticed here and not halfway through a parser. What the entries
 * inflate to is charged to an {@link ExpansionBudget}, so a zip bomb is refused before a library
 * inflates it into memory. Each XML part is also streamed through StAX to measure how deeply its
 * elements nest (see {@link #MAX_XML_DEPTH}).
 */
record ZipContents(Set<String> names, Map<String, byte[]> kept) {
    /** Why an archive could not be read; the message is short and plain. */
    static final class DamagedZipException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedZipException(String message) {
            super(message);
        }
    }

    /**
     * How deeply the elements of an XML part may nest. POI builds a .docx's tables, cells and
     * content controls by recursion, and its own depth check (XMLHelper.getDepthOfChildNodes,
     * limit 1000) is recursive too, so a body nested 6,000 levels deep overflows the stack before
     * either can refuse it. Word's deepest real structures (tables in tables in text boxes) stay
     * far below 100 levels; 256 also leaves room for an import thread's small stack.
     */
    static final int MAX_XML_DEPTH = 256;

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /**
     * @param keep names of entries whose bytes to keep (content.xml, mimetype, ...)
     * @throws DamagedZipException when the archive is truncated or corrupt, or an XML part nests too deeply
     * @throws ExpansionBudget.Exceeded when its entries inflate to more than the import limit
     */
    static ZipContents read(byte[] bytes, Set<String> keep, ReadOptions options)
            throws DamagedZipException, ExpansionBudget.Exceeded {
        if (!hasEndRecord(bytes)) {
            throw new DamagedZipException("damaged zip"); // cut off before its table of contents
        }
        ExpansionBudget budget = ExpansionBudget.unpacked(options);
        Map<String, byte[]> names = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream content = keep.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                Inflated inflated = new Inflated(zip, budget, content);
                if (isXml(entry.getName()) && Xml.nestsDeeperThan(inflated, MAX_XML_DEPTH)) {
                    throw new DamagedZipException("its " + entry.getName() + " nests elements more than "
                            + MAX_XML_DEPTH + " levels deep");
                }
                inflated.drain(); // the rest of a part StAX stopped reading, or a part that is not XML
                names.put(entry.getName(), content == null ? null : content.toByteArray());
            }
        } catch (ExpansionBudget.Overrun e) {
            throw e.exceeded();
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

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /**
     * The current entry of a zip as it inflates: charged to the budget, copied when it is kept,
     * and never closing the zip when a parser closes it.
     */
    private static final class Inflated extends InputStream {
        private final ZipInputStream zip;
        private final ExpansionBudget budget;
        private final ByteArrayOutputStream copy;

        Inflated(ZipInputStream zip, ExpansionBudget budget, ByteArrayOutputStream copy) {
            this.zip = zip;
            this.budget = budget;
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n > 0) {
                budget.chargeUnchecked(n);
                if (copy != null) {
                    copy.write(b, off, n);
                }
            }
            return n;
        }

        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // charged and copied by read
            }
        }

        @Override
        public void close() {
            // the zip's next entry follows
        }
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
