package dev.sse.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the real explorer ({@code dev.sse.app.Main}) in a separate JVM on the test classpath, headless
 * with Monocle when this JVM runs headless, else on this JVM's display. Its output goes to a file.
 */
public final class ExplorerProcess {

    private static final String[] PASSED_ON = {"glass.platform", "monocle.platform", "prism.order", "testfx.robot",
            "testfx.headless", "java.awt.headless", "java.util.prefs.PreferencesFactory"};

    private ExplorerProcess() {
    }

    /** Starts {@code Main args...} with the given {@code sse.home} and preferences node. */
    public static Process start(Path home, String prefsNode, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("-Dsse.home=" + home);
        command.add("-Dsse.prefs.node=" + prefsNode);
        for (String key : PASSED_ON) {
            String value = System.getProperty(key);
            if (value != null) {
                command.add("-D" + key + "=" + value);
            }
        }
        command.add("dev.sse.app.Main");
        command.addAll(List.of(args));
        Files.createDirectories(output.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** The process's output so far, for failure messages. */
    public static String output(Path output) {
        try {
            return Files.exists(output) ? Files.readString(output) : "(no output)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
