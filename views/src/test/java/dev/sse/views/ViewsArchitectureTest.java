package dev.sse.views;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.sse.views", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewsArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsDoNotTouchControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are plain objects tested without a toolkit; only views build nodes (MVVM)");

    @ArchTest
    static final ArchRule onlyTheBridgeTouchesPlatform = noClasses().that().resideInAPackage("dev.sse.views..")
            .and().doNotHaveSimpleName("FxBridge")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("thread hops happen in exactly one place (FxBridge), never scattered runLater calls");

    /** Issue #18: a view model delivers through its bridge's injected executor, so a test can run it without FX. */
    @ArchTest
    static final ArchRule viewModelsUseTheInjectedFxExecutor = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().callMethod(dev.sse.views.common.FxBridge.class, "onFx", Runnable.class)
            .orShould().callMethod(dev.sse.views.common.FxBridge.class, "later", Runnable.class)
            .orShould().callMethod(dev.sse.views.common.FxBridge.class, "fxExecutor")
            .because("static hops onto the FX thread need the toolkit; FxBridge.fx() is the executor the view model "
                    + "was given (the FX thread in the window, a queue in a test)");

    @ArchTest
    static final ArchRule viewsNeverSeeTheApp = noClasses().that().resideInAPackage("dev.sse.views..")
            .should().dependOnClassesThat().resideInAPackage("dev.sse.app..")
            .because("dependencies point one way: app -> views -> model");

    @ArchTest
    static final ArchRule awtOnlyRasterises = noClasses().that().resideInAPackage("dev.sse.views..")
            .and().doNotHaveSimpleName("EdgeRaster")
            .should().dependOnClassesThat().resideInAPackage("java.awt..")
            .because("Java2D is used for one thing, rasterising edges off the FX thread; the UI is JavaFX only");

    /** Issue #18: packages form a layered graph; a cycle means two packages can only change together. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.sse.(**)").should().beFreeOfCycles()
            .because("a package cycle ties two packages together: move the shared type down or give the lower "
                    + "package a narrow interface it owns (issue #18)");

    /** Issue #18: views take their executors (FxBridge, the edge rasteriser) from the composition root. */
    @ArchTest
    static final ArchRule noThreadsOfTheirOwn = noClasses().that().resideInAPackage("dev.sse.views..")
            .should().dependOnClassesThat().belongToAnyOf(java.util.concurrent.Executors.class,
                    java.util.concurrent.ForkJoinPool.class)
            .orShould().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .because("threads belong to the composition root (app's Workers), which ends them when the window "
                    + "closes (issue #18); take an Executor instead");
}
