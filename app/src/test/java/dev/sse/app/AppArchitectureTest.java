package dev.sse.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.sse.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule commandsNeverStartJavaFx = noClasses()
            .that().resideInAPackage("dev.sse.app.cli..").or().haveFullyQualifiedName("dev.sse.app.Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("validate, analyze and simulate run without a display; only GuiLauncher enters JavaFX");

    /** Issue #18: packages form a layered graph; a cycle means two packages can only change together. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.sse.(**)").should().beFreeOfCycles()
            .because("a package cycle ties two packages together: move the shared type down or give the lower "
                    + "package a narrow interface it owns (issue #18)");
}
