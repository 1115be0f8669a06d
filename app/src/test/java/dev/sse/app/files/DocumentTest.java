package dev.sse.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.model.io.json.NetworkCodec;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.fault.Fault;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 item 2, without the toolkit: injected faults are unsaved work, Save writes them as the scenario
 * {@code explorer} (docs/scenario-format.md), opening restores them, Revert forgets them; a tour's are not work.
 */
class DocumentTest {

    @TempDir
    Path dir;

    private static Scenario withFaults(Document doc, List<Fault> faults) {
        Scenario s = doc.scenario().get();
        return new Scenario(s.name(), faults, s.policy(), s.seed());
    }

    @Test
    void faultsMakeTheDocumentUnsavedAndSaveWritesThemForTheNextOpening() throws Exception {
        Network domino = NetworkLoader.loadSample("textbook-domino");
        Document doc = Document.ofSample(domino, "textbook-domino");
        List<Fault> faults = List.of(new Fault.DoubleSign("s1", List.of("v0")));
        assertThat(doc.isDirty()).isFalse();

        doc.scenario().set(withFaults(doc, faults));
        assertThat(doc.isDirty()).isTrue();
        assertThat(doc.withScenario().scenarios()).containsKey(Document.SCENARIO_KEY);

        Path file = dir.resolve("domino.json");
        doc.saveTo(file);
        assertThat(doc.isDirty()).isFalse();
        Document reopened = new Document(NetworkCodec.read(file), file, "domino.json");
        assertThat(reopened.scenario().get().faults()).isEqualTo(faults);
        assertThat(reopened.scenario().get().seed()).isEqualTo(Document.DEFAULT_SEED);
        assertThat(reopened.isDirty()).isFalse();
        assertThat(reopened.withScenario()).as("unchanged faults are not rewritten").isSameAs(reopened.network().get());

        reopened.scenario().set(withFaults(reopened, List.of()));
        assertThat(reopened.isDirty()).isTrue();
        reopened.revert();
        assertThat(reopened.scenario().get().faults()).isEqualTo(faults);
        assertThat(reopened.isDirty()).isFalse();
    }

    @Test
    void aNetworkWithoutFaultsIsSavedAsItIs() throws Exception {
        Network domino = NetworkLoader.loadSample("textbook-domino");
        Document doc = Document.ofSample(domino, "textbook-domino");
        assertThat(doc.withScenario()).isSameAs(domino);
    }

    @Test
    void aTourStepsFaultsAreNotTheUsersWork() throws Exception {
        Document doc = Document.ofSample(NetworkLoader.loadSample("textbook-domino"), "textbook-domino");
        doc.showScenario(withFaults(doc, List.of(new Fault.Shock(List.of("v1")))));
        assertThat(doc.isDirty()).isFalse();

        doc.scenario().set(withFaults(doc, List.of(new Fault.Shock(List.of("v1")), new Fault.Shock(List.of("v2")))));
        assertThat(doc.isDirty()).as("the user added to them").isTrue();
    }
}
