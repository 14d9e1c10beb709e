package org.thematica.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thematica.analysis.agreement.AgreementInput;
import org.thematica.analysis.agreement.AgreementMeasure;
import org.thematica.analysis.agreement.AgreementReport;
import org.thematica.analysis.agreement.AgreementReport.CodeAgreement;
import org.thematica.analysis.agreement.Measure;
import org.thematica.analysis.agreement.SegmentShare;
import org.thematica.service.AgreementService;

/** {@code thematica agreement}: intercoder agreement as a table or JSON (docs/agreement.md). */
final class AgreementCommands {
    private AgreementCommands() {
    }

    static List<Command> all() {
        return List.of(new Command("agreement",
                "agreement PROJECT --coders A,B [--docs NAME,..] [--codes NAME,..] [--overlap PCT] [--json]",
                "agreement between two coders per code and pooled: percent, Cohen's kappa, Krippendorff's alpha"
                        + " and alpha_U over the characters, and codings matched (default: documents both coded)",
                Command.Access.READ, Args.Spec.of(1, 1).values("coders", "docs", "codes", "overlap").flags("json"),
                AgreementCommands::agreement));
    }

    private static int agreement(Context c, Args a) throws Exception {
        List<String> coders = list(a.required("coders"));
        if (coders.size() != 2) {
            throw new UsageError("--coders takes two coder names separated by a comma, such as --coders Amira,Tom");
        }
        Integer overlap = a.integer("overlap");
        if (overlap != null && (overlap < 1 || overlap > 100)) {
            throw new UsageError("--overlap takes a percentage from 1 to 100");
        }
        AgreementReport report = c.project.agreement().compute(new AgreementService.Request(coders.get(0),
                coders.get(1), a.option("docs") == null ? null : list(a.option("docs")),
                a.option("codes") == null ? null : list(a.option("codes")),
                overlap == null ? AgreementInput.DEFAULT_OVERLAP : overlap));
        if (a.flag("json")) {
            c.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(json(report)));
        } else {
            print(c, report);
        }
        return Cli.OK;
    }

    /** "A, B,C" → [A, B, C]; names cannot hold commas here. */
    private static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static Map<String, Object> json(AgreementReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("coders", ordered("a", r.coderA(), "b", r.coderB()));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("documents", r.documents().stream().map(AgreementInput.Document::name).toList());
        scope.put("units", r.units());
        scope.put("unit", "character (Unicode code point)");
        scope.put("overlap", r.overlapPercent());
        json.put("scope", scope);
        json.put("codes", r.codes().stream().map(AgreementCommands::row).toList());
        json.put("overall", row(r.overall()));
        return json;
    }

    private static Map<String, Object> row(CodeAgreement row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", row.code());
        put(json, "percent", row.percent());
        put(json, "kappa", row.kappa());
        put(json, "alpha", row.alpha());
        put(json, "alpha_u", row.alphaU());
        SegmentShare s = row.segments();
        put(json, "segments", s.percent());
        json.put("segments_matched", ordered(
                "a", ordered("matched", s.matchedA(), "codings", s.codingsA()),
                "b", ordered("matched", s.matchedB(), "codings", s.codingsB())));
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("both", row.table().both());
        table.put("only_a", row.table().onlyA());
        table.put("only_b", row.table().onlyB());
        table.put("neither", row.table().neither());
        json.put("characters", table);
        return json;
    }

    /** Two entries in this order (Map.of's order changes from run to run, and the output should not). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** The value under {@code key}, or null there and the reason under {@code key_undefined}. */
    private static void put(Map<String, Object> json, String key, Measure m) {
        json.put(key, m.value());
        if (!m.defined()) {
            json.put(key + "_undefined", m.undefined());
        }
    }

    private static void print(Context c, AgreementReport r) {
        List<String> names = r.documents().stream().map(AgreementInput.Document::name).toList();
        c.out.println("Agreement between A: " + r.coderA() + " and B: " + r.coderB());
        c.out.printf(Locale.ROOT, "Scope: %,d %s (%s), %,d characters; %,d %s%n", names.size(),
                names.size() == 1 ? "document" : "documents", abbreviate(String.join(", ", names), 80), r.units(),
                r.codes().size(), r.codes().size() == 1 ? "code" : "codes");
        c.out.println();
        String format = "%-30s %8s %7s %7s %8s  %s%n";
        c.out.printf(Locale.ROOT, format, "Code", "Percent", "Kappa", "Alpha", "Alpha_U", "Segments (A, B)");
        List<String> notes = new ArrayList<>();
        for (CodeAgreement row : r.codes()) {
            printRow(c, format, abbreviate(row.code(), 30), row, notes);
        }
        printRow(c, format, "All codes (pooled)", r.overall(), notes);
        if (!notes.isEmpty()) {
            c.out.println();
            notes.forEach(c.out::println);
        }
        c.out.println();
        for (AgreementMeasure m : AgreementMeasure.values()) {
            c.out.println(m.explanation(r.overlapPercent()));
        }
    }

    private static void printRow(Context c, String format, String name, CodeAgreement row, List<String> notes) {
        c.out.printf(Locale.ROOT, format, name, AgreementMeasure.PERCENT.format(row.percent()),
                AgreementMeasure.KAPPA.format(row.kappa()), AgreementMeasure.ALPHA.format(row.alpha()),
                AgreementMeasure.ALPHA_U.format(row.alphaU()), AgreementMeasure.segments(row));
        notes.addAll(AgreementMeasure.notes(name, row));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
