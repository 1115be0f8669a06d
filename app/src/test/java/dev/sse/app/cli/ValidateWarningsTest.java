package dev.sse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: {@code validate} prints a valid file's warnings (unknown slashing keys) before its "ok", exit 0. */
class ValidateWarningsTest {

    @Test
    void anUnknownSlashingKeyIsWarnedAboutAndTheFileIsStillOk(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("w.json"), """
                {"format": "shared-security-network", "version": 1, "name": "w",
                 "validators": [{"id": "a", "stake": 1}],
                 "chains": [{"id": "hub", "kind": "provider", "slashing": {"unbondingDays": 21}}],
                 "allocations": [{"validator": "a", "chain": "hub"}]}
                """);
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("validate", file.toString())).isZero();
        } finally {
            System.setOut(out);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).strip().split("\n")).containsExactly(
                "w.json:3:60: $.chains[0].slashing.unbondingDays: warning: unknown slashing key 'unbondingDays': no "
                        + "slashing engine reads it, so it changes nothing (it is kept in the file); known keys: "
                        + "doubleSignFraction, downtimeFraction, invalidBlockFraction, approvedInvalidFraction, "
                        + "againstValidFraction, protocol, slashedInWindow, initialPenaltyQuotient, correlationPenaltyMultiplier, "
                        + "slashingsWindowEpochs", "ok");
    }
}
