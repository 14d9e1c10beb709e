package org.thematica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thematica.model.CoderColours;
import org.thematica.service.Project;
import org.thematica.testing.TestProjects;

/** Each coder has a colour for the views that compare coders (issue 12, part 1). */
class CoderCommandsTest extends CommandLineTest {
    @TempDir
    Path dir;
    String project;

    @BeforeEach
    void twoCoders() throws Exception {
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "P01", "The militias filled the vacuum after the withdrawal.");
            p.coding().codeMatch("P01", "security vacuum", "filled the vacuum", 1, "Amira");
            p.coding().codeMatch("P01", "militias", "militias", 1, "Tom");
            project = p.file().toString();
        }
    }

    @Test
    void codersAreListedInThePaletteUntilOneChoosesAColourWhichUndoTakesBack() throws Exception {
        assertThat(run("coders", project)).as(err).isZero();
        String listed = out;
        assertThat(listed).contains(CoderColours.PALETTE.get(1) + "  Amira").contains(CoderColours.PALETTE.get(2) + "  Tom");

        assertThat(run("coder-colour", project, "#cc79a7", "--of", "Tom")).as(err).isZero();
        assertThat(out).isEqualTo("Tom is shown in #CC79A7\n");
        assertThat(run("coders", project, "--json")).isZero();
        assertThat(out).contains("\"name\" : \"Tom\",\n  \"colour\" : \"#CC79A7\"");
        assertThat(run("coder-colour", project, "#CC79A7", "--of", "Tom")).isZero();
        assertThat(out).contains("already shown in #CC79A7; nothing changed");

        assertThat(run("history", project, "--kind", "coders")).as(err).isZero();
        assertThat(out).contains("Colour of coder Tom");
        assertThat(run("undo", project)).as(err).isZero();
        assertThat(run("coders", project)).isZero();
        assertThat(out).isEqualTo(listed);
    }

    @Test
    void aNewcomerJoinsWithTheirColourAndABadColourIsOneLineAndChangesNothing() throws Exception {
        assertThat(run("--coder", "Salma", "coder-colour", project, "0072B2")).as(err).isZero();
        assertThat(run("coders", project)).isZero();
        assertThat(out).contains("#0072B2  Salma");

        String before = out;
        assertThat(run("coder-colour", project, "teal", "--of", "Amira")).isEqualTo(Cli.FAILED);
        assertThat(err).isEqualTo("thematica coder-colour: 'teal' is not a colour; give it as #RRGGBB, for example #E69F00\n");
        assertThat(run("coders", project)).isZero();
        assertThat(out).isEqualTo(before);
    }
}
