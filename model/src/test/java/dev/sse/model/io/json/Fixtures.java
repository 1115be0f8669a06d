package dev.sse.model.io.json;

import dev.sse.model.network.Network;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources: valid networks under {@code /networks}, bad ones under {@code /bad-networks}. */
final class Fixtures {

    static final String[] VALID = {"polkadot-mini.json", "cosmos-ics-mini.json", "eigenlayer-mini.json"};

    private Fixtures() {
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String valid(String name) {
        return text("/networks/" + name);
    }

    static Network read(String name) throws NetworkFormatException {
        return NetworkCodec.readString(name, valid(name));
    }
}
