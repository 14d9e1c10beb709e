package org.thematica;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the code livable (DESIGN.md): JavaFX only in the UI, SQL only in the
 * store, a domain model that depends on nothing of ours, and no cycles between packages that
 * should layer. The build fails when a change breaks them.
 */
class LayerTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thematica");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.thematica.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreRunsSql() {
        noClasses().that().resideOutsideOfPackage("org.thematica.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(MAIN);
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.thematica.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thematica.store..", "org.thematica.edit..",
                        "org.thematica.service..", "org.thematica.importer..", "org.thematica.analysis..",
                        "org.thematica.export..", "org.thematica.cli..", "org.thematica.ui..")
                .check(MAIN);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.thematica.store..", "org.thematica.edit..",
                        "org.thematica.importer..", "org.thematica.analysis..", "org.thematica.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thematica.service..", "org.thematica.cli..",
                        "org.thematica.ui..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("org.thematica.service..", "org.thematica.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.thematica.cli..", "org.thematica.ui..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.thematica.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.thematica.ui..")
                .check(MAIN);
    }

    @Test
    void onlyTheStoreReachesNativeCode() {
        noClasses().that().resideOutsideOfPackage("org.thematica.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..")
                .check(MAIN);
    }

    /**
     * A native file dialog reads the files of the folder it shows, the open project's included,
     * which on Linux and macOS drops SQLite's locks on it; FileDialogs has the project renew them.
     */
    @Test
    void fileDialogsOpenOnlyThroughFileDialogs() {
        DescribedPredicate<JavaMethodCall> showsAFileDialog = new DescribedPredicate<>("show a file or folder dialog") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                return (owner.equals("javafx.stage.FileChooser") || owner.equals("javafx.stage.DirectoryChooser"))
                        && call.getName().startsWith("show");
            }
        };
        noClasses().that().doNotHaveFullyQualifiedName("org.thematica.ui.common.FileDialogs")
                .should().callMethodWhere(showsAFileDialog)
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.thematica.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
