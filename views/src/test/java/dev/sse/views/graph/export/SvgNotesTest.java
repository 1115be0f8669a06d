package dev.sse.views.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

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
                .chain(new Chain("hub", "Hub", ChainKind.PROVIDER, null, 1, 0.5, null, null, null)).build();
        GraphFrame frame = GraphFrame.of(NetworkGraph.of(n), Map.of(NodeRef.chain("hub"), new Position(0, 0)));
        SvgStyle style = new SvgStyle(Color.WHITE, Color.GRAY, Color.BLUE, ref -> null, Color.BLACK, null, 0, "System", 1);
        NotePlacement at = NotePlacement.of(100, 100, 30, 120, 40, 400, 300);
        NoteCallout note = new NoteCallout("note on Hub: a < b & \"c\"", List.of("a < b &", "\"c\""), at, 120, 40, 5,
                Color.web("#fff8c5"), Color.web("#d0d7de"), Color.GRAY, Color.BLACK, "System", 12);

        String svg = SvgExporter.write(frame, 1, 200, 150, 400, 300, style, List.of(note));

        assertThat(svg).contains("<g class=\"note\">\n<title>note on Hub: a &lt; b &amp; &quot;c&quot;</title>",
                ">a &lt; b &amp;</tspan>", ">&quot;c&quot;</tspan>", "<rect x=\"135.213\"", "width=\"120\" height=\"40\"",
                "fill=\"#fff8c5\" stroke=\"#d0d7de\"");
        assertThat(svg.indexOf("<g class=\"note\">")).as("on top, after the camera group").isGreaterThan(svg.lastIndexOf("</circle>"));
        assertThat(SvgExporter.write(frame, 1, 200, 150, 400, 300, style)).doesNotContain("class=\"note\"");
    }

    @Test
    void aNoteGoesAboveRightOfItsNodeOrLeftAtTheViewsRightEdgeAndStaysInside() {
        NotePlacement right = NotePlacement.of(100, 100, 30, 120, 40, 400, 300);
        assertThat(right.x()).isGreaterThan(100 + 30);
        assertThat(right.y() + 40).isLessThan(100);
        NotePlacement left = NotePlacement.of(380, 100, 30, 120, 40, 400, 300);
        assertThat(left.x() + 120).isLessThan(380 - 30);
        NotePlacement top = NotePlacement.of(100, 10, 10, 120, 40, 400, 300);
        assertThat(top.y()).isGreaterThanOrEqualTo(4);
        assertThat(Math.hypot(right.x1() - 100, right.y1() - 100)).as("the leader starts on the outline").isCloseTo(30, org.assertj.core.data.Offset.offset(1e-9));
    }
}
