package dev.sse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code app/explorer} launcher (the module's own directory, the house keeps the repository root to its modules) (issue 22, speed: import + analyze of the June 2024 Hub in
 * under 2 s of CPU): a short command runs with C1 only, the serial GC and an AppCDS archive made once per build;
 * long commands only with the archive; the window keeps the JVM's defaults. Run against a stand-in {@code java} on the PATH that records its arguments.
 */
class ExplorerScriptTest {

    private static final Path SCRIPT = Path.of("explorer");

    @TempDir
    Path root;
    private Path log;

    @BeforeEach
    void checkout() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/bash")), "bash");
        assertThat(SCRIPT).as("the launcher in the app module").isRegularFile().isExecutable();
        Files.createDirectories(root.resolve("app"));
        Files.copy(SCRIPT, root.resolve("app/explorer"));
        Files.createDirectories(root.resolve("app/target/lib"));
        Files.writeString(root.resolve("app/target/explorer.jar"), "jar");
        Path bin = Files.createDirectories(root.resolve("bin"));
        log = root.resolve("java.log");
        // records each run's arguments on one line; makes the archive a training run asks for
        Files.writeString(bin.resolve("java"), """
                #!/bin/bash
                echo "$*" >> "%s"
                for a in "$@"; do [[ "$a" == -XX:ArchiveClassesAtExit=* ]] && echo jsa > "${a#*=}"; done
                exit 0
                """.formatted(log));
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("app/explorer").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    @Test
    void aCommandRunsOnC1AndTheSerialGcWithAnArchiveMadeOnce() throws Exception {
        List<String> first = run(Map.of(), "analyze", "hub.json");

        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit=")
                .contains("explorer.jar analyze").endsWith("cosmos-hub-neutron-2024-06.json");
        assertThat(first.get(1)).startsWith("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:SharedArchiveFile="
                + root.resolve("app/target/explorer.jsa") + " -Xshare:auto").endsWith("explorer.jar analyze hub.json");
        assertThat(run(Map.of(), "import", "cosmos")).hasSize(3).last().asString()
                .contains("-XX:SharedArchiveFile=").endsWith("explorer.jar import cosmos");
    }

    @Test
    void theWindowKeepsTheJvmDefaultsLongCommandsKeepC2AndCdsCanBeTurnedOff() throws Exception {
        String jar = root.resolve("app/target/explorer.jar").toString();
        assertThat(run(Map.of(), "--sample", "kusama")).containsExactly("-jar " + jar + " --sample kusama");
        assertThat(run(Map.of(), "my-network.json")).last().isEqualTo("-jar " + jar + " my-network.json");
        assertThat(run(Map.of(), "montecarlo", "k.json")).last().asString().startsWith("-XX:SharedArchiveFile=")
                .endsWith("-jar " + jar + " montecarlo k.json").doesNotContain("TieredStopAtLevel");
        assertThat(run(Map.of("EXPLORER_CDS", "off"), "validate", "a.json")).last()
                .isEqualTo("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar " + root.resolve("app/target/explorer.jar")
                        + " validate a.json");
    }
}
