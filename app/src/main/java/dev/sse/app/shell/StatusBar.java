package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Verdict;
import dev.sse.views.graph.Shown;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Network name, file, counts and seed on the left, an imported network's source line under them; the secure/insecure
 * badge with the margin on the right.
 */
final class StatusBar extends HBox {

    private static final PseudoClass SECURE = PseudoClass.getPseudoClass("secure");
    private static final PseudoClass INSECURE = PseudoClass.getPseudoClass("insecure");

    private final Label text = new Label();
    private final Label badge = new Label();
    private final Label source = new Label();

    StatusBar() {
        super(8);
        getStyleClass().add("status-bar");
        badge.getStyleClass().add("security-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        // when the window is narrow the middle gives way, so the network's name and the layout and seed stay in view
        text.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_WORD_ELLIPSIS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(text.textProperty());
        text.setTooltip(whole);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        source.getStyleClass().add("source-line");
        source.setMinWidth(0);
        source.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        setSource("", "");
        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(0, text, source);
        left.setMinWidth(0);
        getChildren().addAll(left, spacer, badge);
    }

    void setText(String value) {
        text.setText(value);
    }

    /**
     * The imported network's source line under its name ({@link dev.sse.model.network.SourceLine}, issue 22 item 2),
     * its whole {@code source} (endpoints too) as the tooltip; hidden for a network without provenance.
     */
    void setSource(String line, String whole) {
        source.setText(line.isEmpty() ? "" : Messages.get("status.source", line));
        source.setTooltip(whole.isEmpty() ? null : new Tooltip(whole));
        source.setVisible(!line.isEmpty());
        source.setManaged(!line.isEmpty());
    }

    String source() {
        return source.isVisible() ? source.getText() : "";
    }

    String text() {
        return text.getText();
    }

    /** The badge's text and colour: secure, insecure, or neither (running, failed). */
    record Badge(String text, Boolean secure) {
    }

    /**
     * The badge for what the window shows: its analysis (running, failed, or the verdict with its margin); during
     * playback the verdict of the network as it stands at that step, labelled "at step k/n", and a step where chains
     * are down says so, insecure, whatever the margin of the chains still standing (issue #18.4). An early answer of
     * the anytime analysis shows its proven interval ({@link MarginText#earlyBadge}, issue 20).
     */
    static Badge badge(Shown shown) {
        Shown.Step step = shown.atStep();
        int down = step == null ? 0 : shown.step().fallenChains().size();
        Badge b;
        if (down > 0) {
            b = new Badge(Messages.get("status.badge", Messages.get("status.insecure"),
                    Messages.get("status.chainsDown", down, shown.network().chains().size())), false);
        } else if (shown.analysing()) {
            b = new Badge(Messages.get("status.analysing"), null);
        } else if (shown.analysis() == null) {
            b = new Badge(Messages.get("status.analysisFailed"), null);
        } else if (shown.early()) {
            AnalysisResult r = shown.analysis();
            b = new Badge(MarginText.earlyBadge(r), r.verdict() == Verdict.SECURE ? Boolean.TRUE
                    : r.verdict() == Verdict.INSECURE ? Boolean.FALSE : null);
        } else {
            // one verdict decides the words and the colour: green only when proven secure (issue #18.5)
            AnalysisResult r = shown.analysis();
            b = new Badge(MarginText.verdictBadge(r), r.verdict() == Verdict.SECURE ? Boolean.TRUE
                    : r.verdict() == Verdict.INSECURE ? Boolean.FALSE : null);
        }
        return step == null ? b : new Badge(Messages.get("status.atStep", b.text(), step.k(), step.n()), b.secure());
    }

    void show(Shown shown) {
        Badge b = badge(shown);
        badge.setText(b.text());
        badge.pseudoClassStateChanged(SECURE, Boolean.TRUE.equals(b.secure()));
        badge.pseudoClassStateChanged(INSECURE, Boolean.FALSE.equals(b.secure()));
        Shown.Step step = shown.atStep();
        if (step != null && !shown.step().fallenChains().isEmpty()) {
            badge.setTooltip(new Tooltip(Messages.get("status.chainsDown.tip", String.join(", ",
                    shown.step().fallenChains().stream().map(id -> shown.network().chain(id).map(c -> c.name()).orElse(id)).toList()))));
        } else if (shown.early()) {
            AnalysisResult r = shown.analysis();
            badge.setTooltip(new Tooltip(Messages.get("status.early.tip", r.why(), MarginText.badge(r.margin()))
                    + (shown.proven() == null ? "" : Messages.get("status.early.tip.proven", MarginText.verdictBadge(shown.proven())))));
        } else if (shown.analysis() != null) {
            AnalysisResult r = shown.analysis();
            String interval = MarginText.interval(r.margin());
            badge.setTooltip(new Tooltip(Messages.get("status.badge.tip", r.why(), r.margin().why(), r.solver())
                    + (interval.isEmpty() ? "" : "\n" + interval)));
        } else {
            badge.setTooltip(null);
        }
    }

    String badgeText() {
        return badge.getText();
    }
}
