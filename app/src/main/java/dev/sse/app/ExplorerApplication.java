package dev.sse.app;

import dev.sse.app.cli.CliSupport;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import picocli.CommandLine;

/**
 * The JavaFX application: builds the window through {@link AppContext} and opens the network named
 * on the command line, or the default bundled sample. {@code ./mvnw compile javafx:run} starts here.
 */
public final class ExplorerApplication extends Application {

    static {
        // Java2D draws the graph's edges into off-screen images (views' EdgeRaster); headless, it never
        // opens an X11 connection of its own next to JavaFX's. No AWT window is used anywhere.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private AppContext context;

    @Override
    public void start(Stage stage) {
        GuiOptions options = options(getParameters().getRaw());
        context = AppContext.create();
        context.show(stage, options);
        if (options.exitAfterSeconds() != null) {
            PauseTransition exit = new PauseTransition(Duration.seconds(options.exitAfterSeconds()));
            exit.setOnFinished(e -> Platform.exit());
            exit.play();
        }
    }

    /** The window's options from the command line's arguments, parsed as {@link Main} parses them. */
    static GuiOptions options(List<String> args) {
        GuiOptions options = new GuiOptions();
        CliSupport.configure(new CommandLine(options)).parseArgs(args.toArray(String[]::new));
        return options;
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
