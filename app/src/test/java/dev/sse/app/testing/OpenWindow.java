package dev.sse.app.testing;

import dev.sse.app.GuiOptions;
import dev.sse.app.files.Document;
import dev.sse.app.AppContext;
import dev.sse.app.workspace.ExportFormat;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A UI test on the real explorer window, opened with {@link #options()} ({@link WindowArgs}) before each test and closed after it. */
@ExtendWith(ApplicationExtension.class)
public abstract class OpenWindow {

    protected AppContext context;
    protected Stage stage;

    /** The window's options: the test class's {@link WindowArgs}; a class overrides this for options built in code. */
    protected GuiOptions options() {
        WindowArgs args = getClass().getAnnotation(WindowArgs.class);
        if (args == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " needs @WindowArgs or its own options()");
        }
        return Options.of(args.value());
    }

    /** TestFX looks for {@code @Start} only among a test class's own methods, so the window opens here instead. */
    @BeforeEach
    protected void openWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            context = AppContext.create();
            context.show(stage, options());
        });
    }

    /** Sets the window's size on the FX thread, as a user dragging its corner would. */
    protected void resize(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
    }

    /** Waits until the window has analysed its network. */
    protected void awaitAnalysis() throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> context.mainWindow().analysisProperty().get() != null);
    }

    /** Waits until the window's analysis shows the margin γ* = {@code expected} (to 1e-6). */
    protected void awaitMargin(double expected) throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> {
            var r = context.mainWindow().analysisProperty().get();
            return r != null && r.margin().value() != null && Math.abs(r.margin().value() - expected) < 1e-6;
        });
    }

    /** Waits until the window shows its analysis and its laid-out graph, and nothing is busy any more. */
    protected void awaitShown() throws Exception {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () ->
                context.mainWindow().analysisProperty().get() != null
                        && context.graphViewModel().frameProperty().get() != null
                        && !context.graphViewModel().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** File → Export as {@code format} to {@code target}, as the menu does it; returns the file written. */
    protected Path export(ExportFormat format, Path target) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> context.workspace().exports().export(format, target)).get()
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Reverts unsaved edits first, so no test leaves an unsaved-changes prompt behind, then closes the window. */
    @AfterEach
    protected void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Document doc = context.mainWindow().currentDocument();
            if (doc != null && doc.isDirty()) {
                doc.revert();
            }
        }).get();
        WaitForAsyncUtils.asyncFx(context::close).get(); // on the FX thread, as Application.stop() closes it
    }
}
