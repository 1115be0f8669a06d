package dev.sse.model.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidNetworksTest {

    @ParameterizedTest
    @ValueSource(strings = {"polkadot-mini.json", "cosmos-ics-mini.json", "eigenlayer-mini.json"})
    void readsAndRoundTrips(String name) throws Exception {
        Network n = Fixtures.read(name);
        String written = NetworkCodec.write(n);
        assertThat(NetworkCodec.readString(name, written)).isEqualTo(n);
    }
}
