package dev.sse.model;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.sse.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule modelHasNoJavaFx = noClasses().that().resideInAPackage("dev.sse.model..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the model is the one source of every number and must run headless in the CLI and in tests; "
                    + "JavaFX belongs to views and app");

    @ArchTest
    static final ArchRule onlyIoSeesJackson = noClasses().that().resideInAPackage("dev.sse.model..")
            .and().resideOutsideOfPackage("dev.sse.model.io..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("file formats live in model.io.json; the domain must not change when the format does");

    /** Issue 21: one located tree for every file read; jackson-databind is a test dependency of the model. */
    @ArchTest
    static final ArchRule noDatabindInModel = noClasses().that().resideInAPackage("dev.sse.model..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("the model reads JSON through its one located tree (io.json TreeReader, PlainJson) and writes it "
                    + "through the one writer setup (JsonStyle); jackson-databind is test scope (issue 21)");

    /** Issue #18: packages form a layered graph; a cycle means two packages can only change together. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.sse.(**)").should().beFreeOfCycles()
            .because("a package cycle ties two packages together: move the shared type down or give the lower "
                    + "package a narrow interface it owns (issue #18)");

    /**
     * Issue #18: the composition root owns every executor; model code takes one (e.g.
     * {@code AnalysisOptions.raceExecutor}) instead of starting threads. The one allowed: the margin race's shared
     * default pool for callers that own none (the CLI). Monte Carlo's helpers run on an executor its caller passes.
     */
    @ArchTest
    static final ArchRule noThreadsOfItsOwn = noClasses().that().resideInAPackage("dev.sse.model..")
            .and().doNotHaveFullyQualifiedName("dev.sse.model.analysis.milp.MilpRatio$Shared")
            .should().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                    java.util.concurrent.ForkJoinPool.class)
            .orShould().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("threads belong to the composition root (app's Workers), which ends them when the window "
                    + "closes (issue #18); take an Executor instead");
}
