package dev.sse.app.bench;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.io.json.NetworkFormatException;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import dev.sse.samples.SampleNetworks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled sample networks (sample-networks module) and the benchmark scenarios run on them. */
public final class Samples {

    private Samples() {
    }

    /** Reads a bundled sample by its catalogue id (e.g. "kusama", "stress", "eigenlayer-unique"). */
    public static Network load(String id) {
        SampleNetworks.Sample s = SampleNetworks.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("no bundled sample " + id));
        try (InputStream in = s.open()) {
            return NetworkCodec.read(s.file(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NetworkFormatException e) {
            throw new IllegalStateException("bundled sample " + id + " does not load", e);
        }
    }

    /** The DR shock of the benchmarks: random validators worth at most 10% of all stake (ψ = 0.1), seed 7. */
    public static Scenario tenPercentShock() {
        return new Scenario("shock 10%", List.of(new Fault.RandomShock(0.10)),
                dev.sse.model.simulation.CascadePolicy.GREEDY, 7);
    }

    /** A price shock that does cascade on kusama: KSM −30% (the sample's ksm-crash-30 scenario). */
    public static Scenario ksmCrash30() {
        return new Scenario("ksm crash 30%", List.of(new Fault.PriceShock("KSM", 0.30)),
                dev.sse.model.simulation.CascadePolicy.GREEDY, 7);
    }
}
