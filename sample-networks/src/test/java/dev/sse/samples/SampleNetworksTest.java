package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every bundled sample loads from the classpath, validates, and round-trips (load → save → load gives an equal model). */
class SampleNetworksTest {

    static Stream<SampleNetworks.Sample> samples() {
        return SampleNetworks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void loadsValidatesAndRoundTrips(SampleNetworks.Sample sample) throws Exception {
        Network loaded;
        try (InputStream in = sample.open()) {
            loaded = NetworkCodec.read(sample.file(), in);
        }
        assertThat(loaded.chains()).isNotEmpty();
        assertThat(loaded.validators()).isNotEmpty();
        Network again = NetworkCodec.readString(sample.file(), NetworkCodec.write(loaded));
        assertThat(again).isEqualTo(loaded);
    }

    /** Issue #17 item 8: {@code validate} checks stored scenarios and tours too, and every sample passes it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void validatesWithItsStoredScenariosAndTours(SampleNetworks.Sample sample) {
        assertThat(NetworkCodec.validate(Path.of("src/main/resources/dev/sse/samples", sample.file()))).isEmpty();
    }

    /**
     * Issue 21: {@code validate} warns about nothing in a bundled sample: every {@code slashing} key in them is one the
     * engine reads (the facts it does not model, e.g. Cosmos' unbonding time, are in the network's description).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void validatesWithZeroWarnings(SampleNetworks.Sample sample) {
        assertThat(NetworkCodec.warnings(Path.of("src/main/resources/dev/sse/samples", sample.file()))).isEmpty();
    }

    @Test
    void theCatalogueListsEveryFileAndTheDefault() throws Exception {
        Path dir = Path.of("src/main/resources/dev/sse/samples");
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
        }
        assertThat(SampleNetworks.all().stream().map(SampleNetworks.Sample::file).sorted().toList()).isEqualTo(files);
        assertThat(SampleNetworks.defaultSample().id()).isEqualTo(SampleNetworks.DEFAULT_ID);
        assertThat(SampleNetworks.all()).extracting(SampleNetworks.Sample::id).contains("polkadot", "kusama",
                "cosmos-hub-ics", "eigenlayer-pooled", "eigenlayer-unique", "ethereum-rollups", "isolated-zones",
                "textbook-theorem2", "textbook-domino", "stress");
    }
}
