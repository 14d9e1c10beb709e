package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: exit codes, one-line reasons, and the files it writes. */
class CliTest extends CommandLineTest {
    @TempDir
    Path dir;
    Path project;


    String p() {
        return project.toString();
    }

    @BeforeEach
    void newProject() throws Exception {
        project = dir.resolve("study.thematica");
        assertThat(run("new", p())).isZero();
        Files.writeString(dir.resolve("P01.txt"), "Interviewer: Why?\nKarim: Sectarian violence in 2006 😀 and "
                + "violence later. الفراغ الأمني\n");
        Files.writeString(dir.resolve("brief.txt"), "A brief about violence.");
        assertThat(run("import", p(), dir.resolve("P01.txt").toString(), "--case", "Karim")).isZero();
        assertThat(run("import", p(), dir.resolve("brief.txt").toString(), "--kind", "source", "--name", "Brief"))
                .isZero();
    }

    @Test
    void theWorkflowOfTheIssueRunsEndToEnd() throws Exception {
        assertThat(run("code", p(), "--doc", "P01", "--code", "sectarian violence", "--match", "Sectarian violence"))
                .isZero();
        assertThat(out).contains("coded 25-43 of 'P01' as 'sectarian violence'");
        // 😀 is one code point: "violence" after it starts at code point 58
        assertThat(run("code", p(), "--doc", "P01", "--code", "violence", "--start", "58", "--end", "66")).isZero();
        assertThat(out).contains(": \"violence\"");
        assertThat(run("code", p(), "--doc", "P01", "--code", "security vacuum", "--match", "الفراغ الأمني",
                "--coder", "Amira")).isZero();
        assertThat(run("autocode", p(), "--code", "violence", "--pattern", "(?i)violence")).isZero();
        assertThat(out).contains("coded 2 passages as 'violence'");
        assertThat(run("theme", p(), "--theme", "political instability", "--add-code", "sectarian violence",
                "--add-code", "violence", "--status", "final")).isZero();
        assertThat(run("theme", p(), "--theme", "security", "--add-code", "security vacuum")).isZero();
        assertThat(run("link", p(), "--from", "political instability", "--to", "security", "--label", "creates"))
                .isZero();
        assertThat(run("case", p(), "--case", "Karim", "--set", "role=political actor", "--set", "age=52")).isZero();
        assertThat(out).contains("{age=52, role=political actor}");

        assertThat(run("stats", p(), "--json")).isZero();
        JsonNode stats = new JsonMapper().readTree(out);
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
        assertThat(stats.get("interviews").asInt()).isEqualTo(1);
        assertThat(stats.get("codings").asInt()).isEqualTo(5);
        assertThat(stats.get("themes").asInt()).isEqualTo(2);
        JsonNode first = stats.get("themeReach").get(0);
        assertThat(first.get("theme").asText()).isEqualTo("political instability");
        assertThat(first.get("interviews").asInt()).isEqualTo(1);
        assertThat(first.get("share").asDouble()).isEqualTo(1.0);
        assertThat(first.get("passages").asInt()).isEqualTo(4);

        Path csv = dir.resolve("out.csv");
        assertThat(run("export", p(), "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(out).as("rows are codings, not passages").startsWith("wrote 5 codings (one row each) to ");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(csv))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(Files.readString(csv).lines().findFirst().orElseThrow())
                .isEqualTo("document,case,code,themes,start,end,text,coder,time,guid");
        try (var opened = org.thematica.service.Project.open(project, org.thematica.store.Database.Mode.READ_ONLY,
                org.thematica.testing.TestProjects.laterSession())) {
            assertThat(rows).extracting(r -> r.get("guid")).as("each row names its coding")
                    .containsExactlyInAnyOrderElementsOf(opened.repos().codings.allLive().stream()
                            .map(org.thematica.model.Coding::guid).toList());
        }
        CSVRecord arabic = rows.stream().filter(r -> r.get("code").equals("security vacuum")).findFirst().orElseThrow();
        assertThat(arabic.get("text")).isEqualTo("الفراغ الأمني");
        assertThat(arabic.get("coder")).isEqualTo("Amira");
        assertThat(arabic.get("case")).isEqualTo("Karim");
        assertThat(arabic.get("themes")).isEqualTo("security");
        String docText = "Interviewer: Why?\nKarim: Sectarian violence in 2006 😀 and violence later. الفراغ الأمني\n";
        int start = Integer.parseInt(arabic.get("start"));
        int end = Integer.parseInt(arabic.get("end"));
        assertThat(new String(docText.codePoints().skip(start).limit(end - start).toArray(), 0, end - start))
                .as("CSV offsets are code points").isEqualTo("الفراغ الأمني");

        assertThat(run("check", p())).isZero();
        assertThat(out).contains("the project is healthy");

        assertThat(run("undo", p())).isZero();
        assertThat(out).isEqualTo("undone: Update case 'Karim'\n");
        assertThat(run("redo", p())).isZero();
        assertThat(out).isEqualTo("redone: Update case 'Karim'\n");
        assertThat(run("history", p(), "--limit", "3")).isZero();
        assertThat(out.lines().toList()).hasSize(3);
        assertThat(out).contains("redo  Update case 'Karim'");
    }

    @Test
    void statsAndTablesCountASpanCodedByTwoCodersOnceAndSayWhatTheyCount() throws Exception {
        assertThat(run("code", p(), "--doc", "P01", "--code", "violence", "--match", "Sectarian violence",
                "--coder", "Amira")).isZero();
        assertThat(run("code", p(), "--doc", "P01", "--code", "violence", "--match", "Sectarian violence",
                "--coder", "Tom")).isZero();
        assertThat(run("code", p(), "--doc", "P01", "--code", "violence", "--match", "violence later",
                "--coder", "Tom")).isZero();
        assertThat(run("theme", p(), "--theme", "conflict", "--add-code", "violence")).isZero();

        assertThat(run("stats", p())).isZero();
        assertThat(out).contains("Coded passages: 2 (distinct; 2 coders; from 3 codings)\n")
                .contains("Theme                                Interviews  Share Passages\n")
                .containsPattern("conflict +1/1 +100% +2\n")
                .contains("Passages: coded passages (distinct; 2 coders), in all documents.\n");
        assertThat(run("stats", p(), "--json")).isZero();
        JsonNode json = new JsonMapper().readTree(out);
        assertThat(json.get("codings").asInt()).isEqualTo(3);
        assertThat(json.get("passages").asInt()).isEqualTo(2);
        assertThat(json.get("counted").asText()).isEqualTo("coded passages (distinct; 2 coders)");
        assertThat(json.get("themeReach").get(0).get("passages").asInt()).isEqualTo(2);

        assertThat(run("stats", p(), "--coded-by", "Amira")).isZero();
        assertThat(out).contains("Passages coded by Amira: 1 (from 1 coding)\n")
                .containsPattern("conflict +1/1 +100% +1\n")
                .contains("Interviews and passages: codings by Amira only.\n");
        assertThat(run("stats", p(), "--coded-by", "Tom", "--json")).isZero();
        assertThat(new JsonMapper().readTree(out).get("themeReach").get(0).get("passages").asInt()).isEqualTo(2);
        assertThat(run("stats", p(), "--coded-by", "Bob")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith(
                "thematica stats: --coded-by: no coder named 'Bob' has codings (coders: Amira, Tom)");

        Path tables = dir.resolve("tables");
        assertThat(run("tables", p(), "--out", tables.toString(), "--format", "md", "--coded-by", "Tom")).isZero();
        assertThat(Files.readString(tables.resolve("theme-summary.md")))
                .contains("| Share of interviews | Passages coded by Tom | Example quotes |");
    }

    @Test
    void failuresExitNonZeroWithOneLineThatNamesTheProblem() throws Exception {
        assertThat(run("code", p(), "--doc", "P02", "--code", "x", "--match", "y")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica code: no document named 'P02' (there are: 'Brief', 'P01')\n");

        assertThat(run("code", p(), "--doc", "P01", "--code", "x")).isEqualTo(Cli.USAGE);
        assertThat(err.lines().count()).isEqualTo(1);
        assertThat(err).startsWith("thematica code: give --match TEXT, or both --start and --end; usage: thematica code");

        assertThat(run("import", p(), dir.resolve("P01.txt").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica import: nothing imported: P01.txt: a document named 'P01' already exists"
                + " (use --name, or rename the file)\n");

        assertThat(run("stats", dir.resolve("nope.thematica").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica stats: nope.thematica: no such project file\n");

        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("theme", p(), "--theme", "t", "--status", "done")).isEqualTo(Cli.USAGE);
        assertThat(err).contains("unknown theme status 'done'");
        assertThat(run("new", p())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica new: study.thematica: already exists; choose another name\n");
        assertThat(run("undo", p())).isZero();
        assertThat(run("delete-code", p(), "--code", "nothing")).isEqualTo(Cli.FAILED);
    }

    @Test
    void deletingACodedCodeAsksWhatHappensToItsCodings() {
        assertThat(run("code", p(), "--doc", "P01", "--code", "violence", "--match", "violence")).isZero();
        assertThat(run("delete-code", p(), "--code", "violence")).isEqualTo(Cli.FAILED);
        assertThat(err).contains("has 1 coding(s) in 1 document(s); say what happens to them");
        assertThat(run("delete-code", p(), "--code", "violence", "--codings", "delete")).isZero();
        assertThat(run("undo", p())).isZero();
        assertThat(out).isEqualTo("undone: Delete code 'violence' and its 1 coding(s)\n");
    }

    @Test
    void aReadCommandWorksWhileAnotherProcessEditsButAWriteIsRefused() throws Exception {
        Process holder = org.thematica.testing.ChildJvm.start(org.thematica.testing.HoldOpen.class, p());
        try {
            assertThat(org.thematica.testing.ChildJvm.stdout(holder).readLine()).isEqualTo("open");
            assertThat(run("stats", p())).isZero();
            assertThat(out).contains("Documents: 2 (1 interviews, 1 sources)");
            assertThat(run("code", p(), "--doc", "P01", "--code", "x", "--match", "Why")).isEqualTo(Cli.FAILED);
            assertThat(err).startsWith("thematica code: study.thematica: is open in another Thematica process");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void searchFindsWordsAcrossDocumentsIgnoringDiacriticsAndOperators() {
        assertThat(run("search", p(), "violence")).isZero();
        assertThat(out).contains("P01: ").contains("Brief: ").contains("[violence]");
        assertThat(run("search", p(), "\"violence later\" AND OR (")).isZero();
        assertThat(out).contains("P01: ");
        assertThat(run("search", p(), "peace")).isZero();
        assertThat(out).isEqualTo("no matches\n");
    }

    @Test
    void scriptsRunLineByLineAndStopAtTheFirstFailureNamingTheLine() throws Exception {
        Path script = dir.resolve("build.thematica-script");
        Files.writeString(script, "# a comment\ndefine-code --code \"a b\" --colour \"#123456\"  # trailing comment\n"
                + "theme --theme T --add-code 'a b'\ncode --doc P01 --code 'a b' --match nowhere\ntheme --theme U\n");
        assertThat(run("script", p(), script.toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica script: build.thematica-script line 4: 'nowhere' does not occur in"
                + " document 'P01'\n");
        assertThat(run("themes", p())).isZero();
        assertThat(out).startsWith("T [candidate, ").contains("]: a b");
        assertThat(out).doesNotContain("U [");
    }

    @Test
    void backupsAreMadeListedAndRestoredFromTheCommandLine() throws Exception {
        assertThat(run("backups", p())).isZero();
        assertThat(out).startsWith("no backups of study.thematica yet");
        assertThat(run("backup", p())).isZero();
        assertThat(out).startsWith("backed up to ");
        assertThat(run("backup", p())).isZero();
        assertThat(out).isEqualTo("the newest backup already holds every change\n");
        assertThat(run("code", p(), "--doc", "P01", "--code", "later", "--match", "Why")).isZero();
        assertThat(run("backups", p())).isZero();
        assertThat(out.lines().toList()).hasSize(1).allMatch(l -> l.contains("manual"));
        assertThat(run("restore", p(), "--latest")).isZero();
        assertThat(out).contains("the state before is kept as ").contains("before-restore");
        assertThat(run("codes", p())).isZero();
        assertThat(out).doesNotContain("later");
        assertThat(run("restore", p())).isEqualTo(Cli.USAGE);
        assertThat(run("restore", p(), "--from", dir.resolve("nope.thematica").toString())).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica restore: nope.thematica: no such project file\n");
    }

    @Test
    void aMisspeltCommandNamesTheNearestCommandInOneLineWithExitCode2() {
        assertThat(run("stast", p())).isEqualTo(Cli.USAGE);
        assertThat(err).isEqualTo("thematica: unknown command 'stast'; did you mean 'stats'?"
                + " ('thematica help' lists the commands)\n");
        assertThat(run("frobnicate", "x")).isEqualTo(Cli.USAGE);
        assertThat(err).isEqualTo("thematica: unknown command 'frobnicate' ('thematica help' lists the commands)\n");
    }

    @Test
    void theNearestCommandIsWithinATyposDamerauLevenshteinDistance() {
        assertThat(Cli.nearestCommand("improt")).contains("import"); // a swap of neighbours counts one
        assertThat(Cli.nearestCommand("exprot")).contains("export");
        assertThat(Cli.nearestCommand("bakup")).contains("backup"); // not backups, one further
        assertThat(Cli.nearestCommand("STATS")).contains("stats");
        assertThat(Cli.nearestCommand("--versoin")).contains("--version");
        assertThat(Cli.nearestCommand("delete-thme")).contains("delete-theme");
        assertThat(Cli.nearestCommand("cdoes")).contains("codes");
        assertThat(Cli.nearestCommand("cods")).as("one from code and codes: the one listed first").contains("code");
        assertThat(Cli.nearestCommand("cds")).as("3 letters, two edits from 'codes'").isEmpty();
        assertThat(Cli.nearestCommand("x")).isEmpty();
        assertThat(Cli.nearestCommand("frobnicate")).isEmpty();
        assertThat(Cli.nearestCommand("coder-cpy")).contains("coder-copy");
    }

    @Test
    void aBareWordThatNamesNoFileIsMeantAsACommandAndAProjectFileIsNot() {
        assertThat(Cli.isMeantAsCommand("stats")).isTrue();
        assertThat(Cli.isMeantAsCommand("cluster-codes")).as("no such command, and no such file").isTrue();
        assertThat(Cli.isMeantAsCommand("--versoin")).isTrue();
        assertThat(Cli.isMeantAsCommand("myproject.thematica")).isFalse();
        assertThat(Cli.isMeantAsCommand(p())).isFalse();
        assertThat(Cli.isMeantAsCommand("LICENSE")).as("a file in the working directory").isFalse();
        assertThat(Cli.isMeantAsCommand("--name=value")).isFalse();
    }
}
