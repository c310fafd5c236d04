package org.rebook.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering DEVELOPERS.md asks for, checked on every build. */
@AnalyzeClasses(packages = "org.rebook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.rebook.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule reconcileIsPure = noClasses().that().resideInAPackage("org.rebook.reconcile..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..", "org.rebook.workspace..",
                    "org.rebook.ingest..", "org.rebook.ui..", "org.h2..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.rebook.model..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.rebook..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("org.rebook.model..")))
            .as("model depends on nothing of ours");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoCliOrUi = noClasses().that()
            .resideInAnyPackage("org.rebook.ingest..", "org.rebook.extract..", "org.rebook.reconcile..",
                    "org.rebook.workspace..", "org.rebook.export..", "org.rebook.service..", "org.rebook.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.rebook.cli..", "org.rebook.ui..");
}
