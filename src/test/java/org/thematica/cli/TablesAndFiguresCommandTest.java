package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thematica tables} and {@code thematica figures} on the demo project, as a student
 * rebuilding a thesis would run them: the files appear, and running again gives the same bytes.
 * The demo's tables and matrix are kept in target/screenshots for a person to look at.
 */
class TablesAndFiguresCommandTest extends CommandLineTest {
    @TempDir
    static Path dir;
    static Path demo;

    @BeforeAll
    static void buildDemo() throws Exception {
        demo = dir.resolve("demo.thematica");
        DemoProject.build(demo, new PrintStream(java.io.OutputStream.nullOutputStream()));
    }


    @Test
    void tablesWritesBothTablesInEachFormatTheSameTwice() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/tables-demo"));
        for (String format : new String[] {"md", "csv", "docx"}) {
            Path a = dir.resolve("tables-a-" + format);
            Path b = dir.resolve("tables-b-" + format);
            assertThat(run("tables", demo.toString(), "--out", a.toString(), "--format", format)).as(err).isZero();
            assertThat(out).contains("wrote " + a.resolve("theme-summary." + format) + " (7 rows)")
                    .contains("wrote " + a.resolve("codebook." + format));
            if (format.equals("docx")) {
                Thread.sleep(2100); // the zip's times step by 2 s: a clock in the file would show here
            }
            assertThat(run("tables", demo.toString(), "--out", b.toString(), "--format", format)).isZero();
            for (String name : new String[] {"theme-summary", "codebook"}) {
                Path first = a.resolve(name + "." + format);
                assertThat(Files.mismatch(first, b.resolve(name + "." + format))).as(name + "." + format)
                        .isEqualTo(-1L);
                Files.copy(first, shots.resolve(first.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String md = Files.readString(dir.resolve("tables-a-md/theme-summary.md"));
        assertThat(md).startsWith("## Themes").contains("| political instability |").contains("— P01");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("tables-a-docx/codebook.docx")))) {
            assertThat(doc.getTables().get(0).getRows()).hasSize(25); // 24 codes and the header
        }
    }

    @Test
    void tablesRefusesAnUnknownFormatAndNeedsAFolder() {
        assertThat(run("tables", demo.toString(), "--out", dir.resolve("x").toString(), "--format", "xlsx"))
                .isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("thematica tables: --format takes md, csv or docx; usage:");
        assertThat(run("tables", demo.toString())).isEqualTo(Cli.USAGE);
        assertThat(err).contains("--out is required");
    }

    @Test
    void figuresWritesTheMatrixInEveryFormatTheSameTwice() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        for (String format : new String[] {"png", "svg", "pdf"}) {
            Path a = dir.resolve("figures-a-" + format);
            Path b = dir.resolve("figures-b-" + format);
            assertThat(run("figures", demo.toString(), "--out", a.toString(), "--format", format, "--dpi", "150"))
                    .as(err).isZero();
            assertThat(out).contains("theme-matrix." + format);
            assertThat(run("figures", demo.toString(), "--out", b.toString(), "--format", format, "--dpi", "150"))
                    .isZero();
            Path first = a.resolve("theme-matrix." + format);
            assertThat(Files.mismatch(first, b.resolve("theme-matrix." + format))).as(format).isEqualTo(-1L);
            Files.copy(first, shots.resolve("matrix-demo-cli." + format), StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(run("figures", demo.toString(), "--out", dir.resolve("only").toString(), "--only", "theme-matrix"))
                .isZero();
        assertThat(dir.resolve("only/theme-matrix.pdf")).exists();
    }
}
