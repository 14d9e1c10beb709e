package org.thematica.export;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.thematica.model.CaseRecord;
import org.thematica.model.Code;
import org.thematica.model.Coder;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.TextOffsets;
import org.thematica.model.Theme;
import org.thematica.store.DocumentRepository.CaseTurn;
import org.thematica.store.Repositories;

/**
 * One row per coding, for R, Python or a spreadsheet: document, case, code, themes, start, end,
 * text, coder, time, and the coding's GUID (last, so scripts that count columns keep working),
 * which names the same coding in every copy of the project: a span two coders coded is two rows. Offsets are Unicode code points (what
 * Python and R count), half-open. The file is written beside its destination and moved into
 * place when complete.
 */
public final class CsvExporter {
    public static final List<String> HEADER =
            List.of("document", "case", "code", "themes", "start", "end", "text", "coder", "time", "guid");

    private CsvExporter() {
    }

    /** Writes the export; returns the number of rows. {@code excelBom} adds a UTF-8 BOM for Excel. */
    public static int write(Repositories r, Path out, boolean excelBom) throws IOException {
        int[] rows = {0};
        AtomicWrite.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            if (excelBom) {
                w.write('\uFEFF');
            }
            csv.printRecord(HEADER);
            rows[0] = printCodings(r, csv);
            csv.flush();
        });
        return rows[0];
    }

    private static int printCodings(Repositories r, CSVPrinter csv) throws IOException {
        int rows = 0;
        Map<Long, Code> codes = r.codes.all().stream().collect(Collectors.toMap(Code::id, c -> c));
        Map<Long, String> coders = r.coders.all().stream().collect(Collectors.toMap(Coder::id, Coder::name));
        Map<Long, String> themesOfCode = new HashMap<>();
        Map<Long, String> themeNames = r.themes.all().stream().collect(Collectors.toMap(Theme::id, Theme::name));
        for (Code c : codes.values()) {
            themesOfCode.put(c.id(), r.themes.themeIds(c.id()).stream().map(themeNames::get)
                    .collect(Collectors.joining("; ")));
        }
        for (Document d : r.documents.all()) {
            List<Coding> codings = r.codings.ofDocument(d.id());
            if (codings.isEmpty()) {
                continue;
            }
            String text = r.documents.text(d.id());
            String documentCases = r.cases.ofDocument(d.id()).stream().map(CaseRecord::name)
                    .collect(Collectors.joining("; "));
            List<CaseTurn> turns = r.documents.caseTurns(d.id());
            for (Coding c : codings) {
                csv.printRecord(d.name(), caseOf(c, turns, documentCases), codes.get(c.codeId()).name(),
                        themesOfCode.get(c.codeId()), TextOffsets.toCodePoints(text, c.start()),
                        TextOffsets.toCodePoints(text, c.end()), c.text(), coders.getOrDefault(c.coderId(), ""),
                        c.created(), c.guid());
                rows++;
            }
        }
        return rows;
    }

    /** The participant who said the passage: the case of the turn it starts in, else the document's cases. */
    static String caseOf(Coding c, List<CaseTurn> turns, String documentCases) {
        for (CaseTurn t : turns) {
            if (c.start() >= t.start() && c.start() < t.end()) {
                return t.caseName();
            }
        }
        return documentCases;
    }
}
