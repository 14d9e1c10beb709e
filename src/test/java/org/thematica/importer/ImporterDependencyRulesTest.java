package org.thematica.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The importer runs headless (command line, background tasks): no UI and no SQL in here. */
class ImporterDependencyRulesTest {
    @Test
    void importerUsesNeitherJavaFxNorSql() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.thematica.importer");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
                .check(classes);
    }
}
