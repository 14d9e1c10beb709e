package org.thematica.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.export.ThesisTables.Options;
import org.thematica.export.ThesisTables.Table;
import org.thematica.export.ThesisTables.Tables;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService.Passage;
import org.thematica.testing.MatrixFixture;

/**
 * The thesis tables on {@link MatrixFixture} (hand counts and codings listed in
 * ThemeCaseMatrixTest): their content, and the same content read back from Markdown, CSV and
 * Word files.
 */
class ThesisTablesTest {
    @TempDir
    Path dir;
    Project project;
    Tables tables;

    @BeforeEach
    void build() throws Exception {
        project = MatrixFixture.create(dir);
        tables = ThesisTables.build(project, project.analysis().corpus(), Options.DEFAULT);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theThemeSummaryCountsInterviewsLikeStatsAndQuotesTheLongestPassagesFromDifferentDocuments() {
        Table t = tables.themes();
        assertThat(t.header()).containsExactly("Theme", "Description", "Status", "Codes", "Interviews",
                "Share of interviews", "Coded passages", "Example quotes");
        assertThat(t.note()).contains("of the 5 interviews");
        assertThat(t.rows()).hasSize(2);
        List<List<String>> foreign = t.rows().get(0);
        assertThat(foreign.subList(0, 7)).containsExactly(List.of("foreign influence"),
                List.of("Outside powers pay and advise."), List.of("reviewed"), List.of("foreign money; militias"),
                List.of("4"), List.of("80%"), List.of("11"));
        // 5 words: c1 (P01), c2 (P01, taken), c7 (P02); 4: c6 (P02, taken); 3: c16 (P02, taken), c9 (P03)
        assertThat(foreign.get(7)).containsExactly(
                "“The militias took the streets.”", "— P01 Karim (Karim)",
                "“Foreign advisers came and went.”", "— P02 Layla (Layla)",
                "“The militias grew …”", "— P03 Joint (Omar; Sami)");
        List<List<String>> vacuum = t.rows().get(1);
        assertThat(vacuum.subList(0, 7)).containsExactly(List.of("security vacuum"),
                List.of("Nobody keeps order; armed groups fill the gap."), List.of("final"),
                List.of("absent state; militias"), List.of("5"), List.of("100%"), List.of("11"));
        // 6 words: c5 (P01); 4: c6 (P02), c10 (P03), c13 (P05, the same words as c10)
        assertThat(vacuum.get(7)).containsExactly(
                "“The state was absent for years.”", "— P01 Karim (Karim)",
                "“… the militias ran them …”", "— P02 Layla (Layla)",
                "“… the state was absent …”", "— P03 Joint (Omar; Sami)");
    }

    @Test
    void aPassageCodedByTwoCodersCountsOnceAndTheNotesSaySo() throws Exception {
        MatrixFixture.addSecondCoder(project);
        Tables t = ThesisTables.build(project, project.analysis().corpus(), Options.DEFAULT);
        // foreign influence: 11 passages and Tom's "militias grew" (his other two are passages counted
        // already); security vacuum: 11 and "militias grew"
        assertThat(t.themes().rows()).extracting(r -> r.get(6)).containsExactly(List.of("12"), List.of("12"));
        assertThat(t.themes().note()).contains("Coded passages (distinct; 3 coders): passages coded with any of "
                + "the theme's codes in all documents, each once however many coders or codes it has.");
        // militias: 7 and "militias grew"; foreign money: 4 and Tom's on c1's span
        assertThat(t.codebook().rows().get(2).get(4)).containsExactly("8");
        assertThat(t.codebook().rows().get(3).get(4)).containsExactly("5");
        assertThat(t.codebook().note()).startsWith("Coded passages (distinct; 3 coders) and documents: all 6");
    }

    @Test
    void oneCodersTablesCountAndQuoteOnlyTheirCodings() throws Exception {
        MatrixFixture.addSecondCoder(project);
        Tables t = ThesisTables.build(project, project.analysis().corpus(),
                Options.DEFAULT.counting(org.thematica.analysis.CodedPassages.of(MatrixFixture.TOM)));
        assertThat(t.themes().header()).contains("Passages coded by Tom").doesNotContain("Coded passages");
        List<List<String>> foreign = t.themes().rows().get(0);
        // Tom's three codings: P01 (c1's span), P02 (c6's), P03 ("militias grew"), all in interviews
        assertThat(foreign.subList(4, 7)).containsExactly(List.of("3"), List.of("60%"), List.of("3"));
        assertThat(foreign.get(7)).containsExactly("“The militias took the streets.”", "— P01 Karim (Karim)",
                "“… the militias ran them …”", "— P02 Layla (Layla)");
        assertThat(t.themes().note()).contains("any code of the theme is coded by Tom.")
                .contains("Passages coded by Tom: passages coded with any of the theme's codes in all documents, "
                        + "each once; the quotes are Tom's too.");
        assertThat(t.codebook().header()).contains("Passages coded by Tom");
        assertThat(t.codebook().note()).contains("only Tom's codings count");
        assertThat(t.codebook().rows().get(2).subList(4, 7)).as("militias: P02 and P03")
                .containsExactly(List.of("2"), List.of("2"), List.of("2"));
    }

    @Test
    void quotesCanBeShorterAndFewer() {
        Table t = ThesisTables.themes(project, project.analysis().corpus(), new Options(1, 3));
        // three words at most: c16 (P02, Arabic) before c9 (P03) by document name
        assertThat(t.rows().get(0).get(7)).containsExactly("“الميليشيات تحكم الشوارع.”", "— P02 Layla (Layla)");
        Table none = ThesisTables.themes(project, project.analysis().corpus(), new Options(3, 2));
        // nothing has 3 to 2 words: the shortest longer passage, cut at two words
        assertThat(none.rows().get(1).get(7)).containsExactly("“And the …”", "— P01 Karim");
    }

    @Test
    void aPassageQuotedForOneThemeIsNotQuotedForTheNextWhenThereAreOthers() {
        // c1 "The militias took the streets." is the first quote of foreign influence; security
        // vacuum (also holding militias) quotes c5, c6 and c10 instead, though c1 has more words
        assertThat(tables.themes().rows().get(1).get(7)).doesNotContain("“The militias took the streets.”");
        // when the others cannot fill the quotes, a passage quoted before comes back
        Passage used = passage(1, "P01", "One two three four five six.");
        Passage fresh = passage(2, "P02", "One two three.");
        assertThat(ThesisTables.quotes(List.of(used, fresh), new Options(2, 60), java.util.Set.of(1L)))
                .containsExactly(fresh, used);
        assertThat(ThesisTables.quotes(List.of(used, fresh), new Options(1, 60), java.util.Set.of(1L)))
                .containsExactly(fresh);
        assertThat(ThesisTables.quotes(List.of(used, fresh), new Options(1, 60), java.util.Set.of()))
                .containsExactly(used);
    }

    private static Passage passage(long id, String document, String text) {
        return new Passage(new org.thematica.model.Coding(id, "g" + id, id, 1, 0, text.length(), text, 1, ""),
                document, org.thematica.model.DocumentKind.INTERVIEW, "", "tester", "code", "#000000");
    }

    @Test
    void theCodebookFollowsTheTreeWithItsCounts() {
        Table t = tables.codebook();
        assertThat(t.header()).containsExactly("Code", "Parent", "Description", "Themes", "Coded passages",
                "Documents", "Interviews");
        assertThat(t.rows()).extracting(r -> r.get(0).get(0))
                .containsExactly("absent state", "armed groups", "militias", "foreign money");
        assertThat(t.rows().get(2)).containsExactly(List.of("militias"), List.of("armed groups"),
                List.of("Militias | armed groups named as such."), List.of("foreign influence; security vacuum"),
                List.of("7"), List.of("5"), List.of("4"));
        assertThat(t.rows().get(0)).containsExactly(List.of("absent state"), List.of(""),
                List.of("The state not being there."), List.of("security vacuum"), List.of("4"), List.of("3"),
                List.of("3"));
        assertThat(t.rows().get(1).subList(4, 7)).containsExactly(List.of("0"), List.of("0"), List.of("0"));
    }

    @Test
    void markdownIsAPipeTableWithEscapedPipesAndIsolatedRightToLeftQuotes() throws Exception {
        String md = Files.readString(TableWriter.write(tables.codebook(), TableWriter.Format.MD, dir));
        assertThat(md).startsWith("## Codebook\n\n");
        assertThat(md).contains("| Code | Parent | Description | Themes | Coded passages | Documents | Interviews |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        assertThat(md).contains("| militias | armed groups | Militias \\| armed groups named as such. "
                + "| foreign influence; security vacuum | 7 | 5 | 4 |\n");
        String themes = TableWriter.markdown(tables.themes());
        assertThat(themes).contains("| foreign influence | Outside powers pay and advise. | reviewed | foreign money; militias "
                + "| 4 | 80% | 11 | “The militias took the streets.”<br>— P01 Karim (Karim)<br>");
        String arabic = TableWriter.markdown(ThesisTables.themes(project, project.analysis().corpus(),
                new Options(1, 3)));
        assertThat(arabic).contains("\u2067“الميليشيات تحكم الشوارع.”\u2069<br>— P02 Layla (Layla)");
    }

    @Test
    void csvParsesBackToTheSameCells() throws Exception {
        Path file = TableWriter.write(tables.themes(), TableWriter.Format.CSV, dir);
        assertThat(file.getFileName().toString()).isEqualTo("theme-summary.csv");
        String text = Files.readString(file);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList()).isEqualTo(tables.themes().header());
        assertThat(records.get(2).get(0)).isEqualTo("security vacuum");
        assertThat(records.get(2).get(5)).isEqualTo("100%");
        assertThat(records.get(2).get(7).split("\n")).hasSize(6).startsWith("“The state was absent for years.”");
    }

    @Test
    void wordHasARealTableWithAHeaderRowAndRightToLeftArabic() throws Exception {
        Table themes = ThesisTables.themes(project, project.analysis().corpus(), new Options(2, 3));
        byte[] bytes = TableWriter.docx(themes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Themes");
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(3);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactlyElementsOf(themes.header());
            assertThat(t.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(t.getRow(1).getCell(0).getText()).isEqualTo("foreign influence");
            assertThat(t.getRow(1).getCell(5).getText()).isEqualTo("80%");
            List<XWPFParagraph> quotes = t.getRow(1).getCell(7).getParagraphs();
            assertThat(quotes).extracting(XWPFParagraph::getText).containsExactly(
                    "“الميليشيات تحكم الشوارع.”", "— P02 Layla (Layla)", "“The militias grew …”", "— P03 Joint (Omar; Sami)");
            assertThat(quotes.get(0).getCTP().getPPr().isSetBidi()).as("Arabic paragraph right to left").isTrue();
            assertThat(quotes.get(0).getRuns().get(0).getCTR().getRPr().sizeOfRtlArray()).isEqualTo(1);
            assertThat(quotes.get(2).getCTP().getPPr() == null || !quotes.get(2).getCTP().getPPr().isSetBidi())
                    .as("English paragraph left to right").isTrue();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString())
                    .as("the wide theme table is set landscape").isEqualTo("landscape");
        }
    }

    @Test
    void everyFormatGivesTheSameBytesTwice() throws Exception {
        for (TableWriter.Format format : TableWriter.Format.values()) {
            Path a = Files.createDirectories(dir.resolve("a-" + format.extension()));
            Path b = Files.createDirectories(dir.resolve("b-" + format.extension()));
            for (Table table : tables.all()) {
                Path first = TableWriter.write(table, format, a);
                Thread.sleep(format == TableWriter.Format.DOCX ? 2100 : 0); // zip times have 2 s steps
                Path second = TableWriter.write(ThesisTables.build(project, project.analysis().corpus(),
                        Options.DEFAULT).all().get(tables.all().indexOf(table)), format, b);
                assertThat(Files.mismatch(first, second)).as(table.name() + "." + format.extension()).isEqualTo(-1L);
            }
        }
    }
}
