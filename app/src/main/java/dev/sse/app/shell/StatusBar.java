package dev.sse.app.shell;

import dev.sse.app.i18n.Messages;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.Verdict;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Network name, file, counts and seed on the left; the secure/insecure badge with the margin on the right. */
final class StatusBar extends HBox {

    private static final PseudoClass SECURE = PseudoClass.getPseudoClass("secure");
    private static final PseudoClass INSECURE = PseudoClass.getPseudoClass("insecure");

    private final Label text = new Label();
    private final Label badge = new Label();

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
        getChildren().addAll(text, spacer, badge);
    }

    void setText(String value) {
        text.setText(value);
    }

    String text() {
        return text.getText();
    }

    void analysing() {
        badge.setText(Messages.get("status.analysing"));
        badge.pseudoClassStateChanged(SECURE, false);
        badge.pseudoClassStateChanged(INSECURE, false);
        badge.setTooltip(null);
    }

    void show(AnalysisResult r) {
        if (r == null) {
            badge.setText(Messages.get("status.analysisFailed"));
            return;
        }
        badge.setText(MarginText.verdictBadge(r));
        // green only when proven secure; an unproven "no attack found" keeps the neutral badge
        badge.pseudoClassStateChanged(SECURE, r.verdict() == Verdict.SECURE);
        badge.pseudoClassStateChanged(INSECURE, r.verdict() == Verdict.INSECURE);
        String interval = MarginText.interval(r.margin());
        badge.setTooltip(new Tooltip(Messages.get("status.badge.tip", r.why(), r.margin().why(), r.solver())
                + (interval.isEmpty() ? "" : "\n" + interval)));
    }

    String badgeText() {
        return badge.getText();
    }
}
