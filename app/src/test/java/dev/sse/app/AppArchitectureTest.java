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

    /**
     * README "Modules": work runs off the FX thread and only {@code views.common.FxBridge} hops onto it; in app the
     * Application itself (starting and leaving the toolkit) and the benchmarks and probes of {@code app.bench}
     * (they post probes to the FX thread and exit when done) are the only other users of {@code Platform}.
     */
    @ArchTest
    static final ArchRule platformOnlyWhereTheReadmeSays = noClasses().that().resideInAPackage("dev.sse.app..")
            .and().resideOutsideOfPackage("dev.sse.app.bench..")
            .and().doNotHaveFullyQualifiedName("dev.sse.app.ExplorerApplication")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("thread hops go through FxBridge; scattered runLater calls are how the window came to show "
                    + "different states of the world at once (issue #18)");

    /** Issue #21: benchmarks and probes live in app.bench, and nothing the window needs depends on them. */
    @ArchTest
    static final ArchRule onlyTheCompositionRootSeesTheBenchmarks = noClasses().that().resideInAPackage("dev.sse.app..")
            .and().resideOutsideOfPackage("dev.sse.app.bench..")
            .and().doNotHaveFullyQualifiedName("dev.sse.app.AppContext")
            .should().dependOnClassesThat().resideInAPackage("dev.sse.app.bench..")
            .because("benchmarks and test hooks are started from the command line by the composition root only");
}
