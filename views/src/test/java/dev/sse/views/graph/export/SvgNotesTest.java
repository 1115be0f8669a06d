package dev.sse.views.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.graph.NetworkGraph;
import dev.sse.model.network.graph.NodeRef;
import dev.sse.views.graph.GraphFrame;
import dev.sse.views.graph.layout.Position;
import dev.sse.views.graph.render.NoteCallout;
import dev.sse.views.graph.render.NotePlacement;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The SVG export writes each node note as a {@code <g class="note">}: leader, box and escaped text, in screen pixels. */
class SvgNotesTest {

    @Test
    void eachNoteIsAGroupWithABoxAndItsEscapedText() {
        Network n = Network.builder().name("one")
                .chain(Chain.builder("hub", ChainKind.PROVIDER).name("Hub").profitFromCorruption(1)
                        .attackThreshold(0.5).build()).build();
        GraphFrame frame = GraphFrame.of(NetworkGraph.of(n), Map.of(NodeRef.chain("hub"), new Position(0, 0)));
        SvgStyle style = new SvgStyle(Color.WHITE, Color.GRAY, Color.BLUE, ref -> null, Color.BLACK, null, 0, "System", 1);
        NotePlacement at = NotePlacement.of(100, 100, 30, 120, 40, 100, 200, 400, 300);
        NoteCallout note = new NoteCallout("note on Hub: a < b & \"c\"", List.of("a < b &", "\"c\""), at, 120, 40, 5,
                Color.web("#fff8c5"), Color.web("#d0d7de"), Color.GRAY, Color.BLACK, "System", 12);

        String svg = SvgExporter.write(frame, 1, 200, 150, 400, 300, style, List.of(note));

        assertThat(svg).contains("<g class=\"note\">\n<title>note on Hub: a &lt; b &amp; &quot;c&quot;</title>",
                ">a &lt; b &amp;</tspan>", ">&quot;c&quot;</tspan>", "<rect x=\"148\" y=\"80\"", "width=\"120\" height=\"40\"",
                "fill=\"#fff8c5\" stroke=\"#d0d7de\"");
        assertThat(svg.indexOf("<g class=\"note\">")).as("on top, after the camera group").isGreaterThan(svg.lastIndexOf("</circle>"));
        assertThat(SvgExporter.write(frame, 1, 200, 150, 400, 300, style)).doesNotContain("class=\"note\"");
    }

    @Test
    void aNoteGoesWhereTheChainLabelIsNotAndStaysInsideTheView() {
        // the layout's centre at (200, 150): a node above it has its label above, so its note goes to the right
        NotePlacement above = NotePlacement.of(200, 50, 20, 120, 40, 200, 150, 400, 300);
        assertThat(above.x()).isEqualTo(200 + 20 + 18);
        assertThat(above.y()).isEqualTo(50 - 20);
        assertThat(Math.hypot(above.x1() - 200, above.y1() - 50)).as("the leader starts on the outline").isCloseTo(20, within(1e-9));
        // near the right edge it goes to the left
        assertThat(NotePlacement.of(380, 280, 10, 120, 40, 380, 150, 400, 300).x()).isEqualTo(380 - 10 - 18 - 120);
        // a node right of the centre has its label on the right: the note goes above, or below near the top
        NotePlacement right = NotePlacement.of(300, 150, 20, 120, 40, 200, 150, 400, 300);
        assertThat(right.y() + 40).isEqualTo(150 - 20 - 18);
        assertThat(NotePlacement.of(300, 30, 20, 120, 40, 0, 30, 400, 300).y()).isEqualTo(30 + 20 + 18);
        NotePlacement corner = NotePlacement.of(395, 295, 20, 120, 40, 0, 0, 400, 300);
        assertThat(corner.x()).isBetween(4.0, 400 - 4 - 120.0);
        assertThat(corner.y()).isBetween(4.0, 300 - 4 - 40.0);
    }
}
