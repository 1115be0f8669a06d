package dev.sse.app.tour;

import dev.sse.app.help.GlossaryWindow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.NetworkLoader;
import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.AnalysisAttackFinder;
import dev.sse.model.simulation.SimTrace;
import dev.sse.model.simulation.Simulation;
import dev.sse.model.tour.Caption;
import dev.sse.model.tour.Tour;
import dev.sse.model.tour.TourAction;
import dev.sse.model.tour.TourFile;
import dev.sse.model.tour.TourStep;
import dev.sse.samples.SampleTours;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled tour plays from its first step to its last: ids exist, faults fit, rounds exist, captions render. */
class BundledToursTest {

    static Stream<TourFile> tours() {
        return TourLibrary.bundled().stream();
    }

    @Test
    void everyCataloguedTourParsesAndTheSpecsEightAreThere() {
        assertThat(TourLibrary.bundled()).hasSameSizeAs(SampleTours.all()).hasSizeGreaterThanOrEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tours")
    void playsFromFirstToLastStep(TourFile file) throws Exception {
        Tour tour = file.tour();
        Network network = NetworkLoader.loadSample(file.network());
        assertThat(tour.steps()).hasSizeBetween(5, 12);
        assertThat(tour.issues(network, file.scenario())).isEmpty();
        AnalysisAttackFinder finder = new AnalysisAttackFinder(AnalysisOptions.defaults().withTimeLimit(5));
        SimTrace trace = null;
        for (int i = 0; i < tour.steps().size(); i++) {
            TourStep step = tour.steps().get(i);
            if (step.action() instanceof TourAction.Inject || i == 0) {
                var scenario = tour.scenarioAt(file.scenario(), i);
                trace = scenario.faults().isEmpty() ? null : Simulation.runAll(network, scenario, finder);
            }
            if (step.action() instanceof TourAction.Play play) {
                assertThat(trace).as("step %d plays a trace", i + 1).isNotNull();
                assertThat(trace.steps()).as("step %d: round %d exists", i + 1, play.round())
                        .anyMatch(s -> play.round() < 0 || s.round() == play.round());
            }
            if (step.action() instanceof TourAction.Compare compare) {
                assertComparable(network, compare, i + 1);
            }
            assertRenders(step.caption());
        }
    }

    /** A compare step names a sample or a variant, and a scenario stored in the networks on both sides. */
    private static void assertComparable(Network left, TourAction.Compare compare, int step) throws Exception {
        boolean variant = List.of("isolate", "pool", "unique").contains(compare.with());
        Network right = variant ? left : NetworkLoader.loadSample(compare.with());
        if (compare.scenario() != null) {
            assertThat(left.scenarios()).as("step %d: scenario on the left", step).containsKey(compare.scenario());
            assertThat(right.scenarios()).as("step %d: scenario on the right", step).containsKey(compare.scenario());
        }
    }

    @Test
    void aTranslationIsOneFileBesideTheTour() {
        // app/src/test/resources/dev/sse/samples/tours/security-as-a-service_xx.properties
        TourFile english = TourLibrary.bundled(java.util.Locale.ENGLISH).get(0);
        TourFile xx = TourLibrary.bundled(new java.util.Locale("xx")).get(0);
        assertThat(xx.tour().title()).isEqualTo("Sekurität als Dienst");
        assertThat(xx.tour().steps().get(0).caption()).startsWith("Eine Blockchain");
        assertThat(xx.tour().steps().get(1).caption()).isEqualTo(english.tour().steps().get(1).caption());
        assertThat(xx.tour().steps()).extracting(TourStep::action).isEqualTo(english.tour().steps().stream().map(TourStep::action).toList());
        assertRenders(xx.tour().steps().get(0).caption());
    }

    @Test
    void everyInspectorFigureLinksToAGlossaryEntry() {
        assertThat(dev.sse.views.inspector.InspectorViewModel.glossaryTerms()).isNotEmpty().allSatisfy(term -> {
            assertThat(Messages.has("glossary." + term + ".term")).as("glossary term '%s'", term).isTrue();
            assertThat(GlossaryWindow.keys()).contains(term);
        });
    }

    @Test
    void captionMarkupSplitsBoldAndLinks() {
        List<Caption.Span> spans = Caption.parse("A **bold** [Blast radius] and [stakes|stake].");
        assertThat(spans).extracting(Caption.Span::text).containsExactly("A ", "bold", " ", "Blast radius", " and ", "stakes", ".");
        assertThat(spans.get(3).term()).isEqualTo("blast-radius");
        assertThat(spans.get(5).term()).isEqualTo("stake");
        assertThat(Caption.parse("an [unclosed link")).extracting(Caption.Span::text).containsExactly("an [unclosed link");
    }

    private static void assertRenders(String caption) {
        // only **bold** and [links] are markup: a lone * would show as a literal asterisk
        assertThat(Caption.plain(caption)).isNotBlank().doesNotContain("*").doesNotContain("[").doesNotContain("]");
        for (Caption.Span span : Caption.parse(caption)) {
            if (span.isLink()) {
                assertThat(Messages.has("glossary." + span.term() + ".term")).as("glossary term '%s'", span.term()).isTrue();
                assertThat(GlossaryWindow.keys()).contains(span.term());
            }
        }
    }
}
