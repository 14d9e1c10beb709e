package org.thematica.importer;

import java.nio.charset.Charset;

/**
 * How to read files.
 *
 * @param encoding  a character encoding the user chose for text files, or null to detect it
 * @param maxBytes  files larger than this are refused as too large
 */
public record ReadOptions(Charset encoding, long maxBytes) {
    /** 64 MiB: ten times the largest transcript we have seen, far below what memory allows. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_BYTES);
    }

    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(charset, maxBytes);
    }
}
