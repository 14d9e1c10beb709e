package org.thematica.store;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.thematica.model.Coding;
import org.thematica.model.DocumentKind;

/**
 * The reads behind retrieval: coded passages of codes across documents, with what the
 * passages list shows about each, and the cases and attributes they can be filtered by.
 */
public final class RetrievalRepository {
    private static final String CODING_COLUMNS =
            "c.id, c.guid, c.document_id, c.code_id, c.start, c.\"end\", c.text, c.coder_id, c.created";
    private final Database db;

    public RetrievalRepository(Database db) {
        this.db = db;
    }

    /** A live coding with its document, code and coder. */
    public record CodedPassage(Coding coding, String documentName, DocumentKind kind, String codeName,
                               String codeColour, String coderName) {
    }

    /** The name of a live theme, if the theme is live. */
    public Optional<String> liveThemeName(long themeId) {
        return db.queryOne("SELECT name FROM live_theme WHERE id = ?", rs -> rs.getString(1), themeId);
    }

    /** Live codings of these codes in live documents, by document name, then position. */
    public List<CodedPassage> passagesOf(Collection<Long> codeIds) {
        if (codeIds.isEmpty()) {
            return List.of();
        }
        return db.query("SELECT " + CODING_COLUMNS + ", d.name, d.kind, k.name, k.colour, p.name"
                        + " FROM live_coding c JOIN document d ON d.id = c.document_id"
                        + " JOIN code k ON k.id = c.code_id JOIN coder p ON p.id = c.coder_id"
                        + " WHERE c.code_id IN (" + placeholders(codeIds.size()) + ")"
                        + " ORDER BY d.name COLLATE NOCASE, d.id, c.start, c.\"end\", k.name COLLATE NOCASE, c.id",
                rs -> new CodedPassage(CodingRepository.map(rs), rs.getString(10), DocumentKind.parse(rs.getString(11)),
                        rs.getString(12), rs.getString(13), rs.getString(14)),
                codeIds.toArray());
    }

    /** The live codings among these ids (a coding someone removed meanwhile is left out). */
    public List<Coding> liveCodings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.query("SELECT " + CODING_COLUMNS + " FROM live_coding c WHERE c.id IN (" + placeholders(ids.size())
                + ") ORDER BY c.id", CodingRepository::map, ids.toArray());
    }

    /** A live document's id and name. */
    public record DocumentName(long id, String name) {
    }

    /**
     * The live documents' ids and names, in no particular order. Read from the index on live
     * names alone: a column stored after the text (sha256, length...) is reached only through
     * the text's overflow pages, which for 10 M words made listing the documents take 0.2-0.4 s.
     */
    public List<DocumentName> liveDocumentNames() {
        return db.query("SELECT id, name FROM live_document", rs -> new DocumentName(rs.getLong(1), rs.getString(2)));
    }

    /** A speaker turn linked to a live case. */
    public record TurnCase(long documentId, int start, int end, long caseId, String caseName) {
    }

    /** The turns linked to live cases in these documents, by document and position. */
    public List<TurnCase> caseTurns(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return db.query("SELECT t.document_id, t.start, t.\"end\", c.id, c.name FROM turn t"
                        + " JOIN live_case c ON c.id = t.case_id WHERE t.document_id IN ("
                        + placeholders(documentIds.size()) + ") ORDER BY t.document_id, t.start",
                rs -> new TurnCase(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5)),
                documentIds.toArray());
    }

    /** A live case linked to a document as a whole. */
    public record DocumentCase(long documentId, long caseId, String caseName) {
    }

    /** Every document-to-case link of live cases, by document and case name. */
    public List<DocumentCase> documentCases() {
        return db.query("SELECT dc.document_id, c.id, c.name FROM document_case dc JOIN live_case c ON c.id = dc.case_id"
                        + " ORDER BY dc.document_id, c.name COLLATE NOCASE",
                rs -> new DocumentCase(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    }

    /** One attribute value of a live case. */
    public record CaseValue(long caseId, String attribute, String value) {
    }

    public List<CaseValue> caseValues() {
        return db.query("SELECT v.case_id, a.name, v.value FROM case_attribute v JOIN attribute a ON a.id = v.attribute_id"
                        + " JOIN live_case c ON c.id = v.case_id ORDER BY v.case_id, a.name COLLATE NOCASE",
                rs -> new CaseValue(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** An attribute and one value some live case has for it. */
    public record AttributeValue(String attribute, String value) {
    }

    /** The distinct values live cases have for each attribute, sorted. */
    public List<AttributeValue> attributeValues() {
        return db.query("SELECT DISTINCT a.name, v.value FROM case_attribute v JOIN attribute a ON a.id = v.attribute_id"
                        + " JOIN live_case c ON c.id = v.case_id"
                        + " ORDER BY a.name COLLATE NOCASE, v.value COLLATE NOCASE",
                rs -> new AttributeValue(rs.getString(1), rs.getString(2)));
    }

    /** The names of coders who have live codings, sorted. */
    public List<String> coderNames() {
        return db.query("SELECT DISTINCT p.name FROM live_coding c JOIN coder p ON p.id = c.coder_id"
                + " ORDER BY p.name COLLATE NOCASE", rs -> rs.getString(1));
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
