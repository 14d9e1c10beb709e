package org.thematica.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The reads behind intercoder agreement: two coders' codings and the lengths of documents. */
public final class AgreementRepository {
    private static final int CHUNK = 500;
    private final Database db;

    public AgreementRepository(Database db) {
        this.db = db;
    }

    /** A live coding's place, without its text. */
    public record CodingSpan(long documentId, long codeId, long coderId, int start, int end) {
    }

    /**
     * A live document's length in UTF-16 units (as stored at import) and in code points (SQLite's
     * {@code length} of a text counts characters); they differ when the text holds characters
     * beyond the Basic Multilingual Plane, such as emoji.
     */
    public record DocumentLength(long id, String name, int utf16, int codePoints) {
        public boolean sameUnits() {
            return utf16 == codePoints;
        }
    }

    /** The live codings (of live codes in live documents) of the two coders. */
    public List<CodingSpan> codingsOf(long coderA, long coderB) {
        return db.query("SELECT document_id, code_id, coder_id, start, \"end\" FROM live_coding WHERE coder_id IN (?, ?)",
                rs -> new CodingSpan(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)),
                coderA, coderB);
    }

    /** Every coder's name with their number of live codings, the most first (then by name). */
    public List<CoderCodings> codingsPerCoder() {
        return db.query("SELECT c.name, (SELECT COUNT(*) FROM live_coding l WHERE l.coder_id = c.id) AS n"
                + " FROM coder c ORDER BY n DESC, c.name", rs -> new CoderCodings(rs.getString(1), rs.getLong(2)));
    }

    /** A coder and how many live codings they have. */
    public record CoderCodings(String name, long codings) {
    }

    /** The lengths of these live documents, by name. */
    public List<DocumentLength> lengths(List<Long> ids) {
        List<DocumentLength> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            out.addAll(db.query("SELECT id, name, length, length(text) FROM live_document WHERE id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> new DocumentLength(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)),
                    chunk.toArray()));
        }
        out.sort((x, y) -> {
            int c = String.CASE_INSENSITIVE_ORDER.compare(x.name(), y.name());
            return c != 0 ? c : Long.compare(x.id(), y.id());
        });
        return out;
    }
}
