package org.thematica.importer;

/**
 * The one normalisation every imported text gets (DESIGN.md, "Text and offsets"): a leading
 * byte-order mark is removed and CRLF and lone CR become LF. Nothing else is changed, so that
 * offsets from other tools can still be mapped onto the text.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        int from = !raw.isEmpty() && raw.charAt(0) == '\uFEFF' ? 1 : 0;
        if (raw.indexOf('\r', from) < 0) {
            return from == 0 ? raw : raw.substring(from);
        }
        StringBuilder out = new StringBuilder(raw.length() - from);
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static boolean isNormalized(String text) {
        return text.indexOf('\r') < 0 && (text.isEmpty() || text.charAt(0) != '\uFEFF');
    }
}
