package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw compile javafx:run} runs the window with CP-SAT, not the ojAlgo fallback. javafx-maven-plugin 0.0.8
 * leaves OR-Tools' x86-64 native jars off the launch path (their derived module name, {@code ortools.linux.x86.64},
 * is invalid), so app's pom names the jar in {@code -Dsse.ortools.natives}, which model's OrToolsNatives reads. Surefire
 * gets the same {@code ${natives.jar}}: this checks the path is this machine's native jar, with its natives folder.
 */
class NativesJarTest {

    @Test
    void theJarJavafxRunNamesHoldsThisMachinesNatives() throws IOException {
        String jar = System.getProperty("sse.ortools.natives");

        assertThat(jar).as("set by app/pom.xml's surefire configuration").isNotBlank();
        assertThat(Path.of(jar)).isRegularFile();
        try (ZipFile zip = new ZipFile(jar)) {
            assertThat(zip.getEntry("ortools-" + Platform.RESOURCE_PREFIX + "/")).isNotNull();
        }
    }
}
