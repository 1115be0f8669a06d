package dev.sse.views.timeline;

import dev.sse.views.common.ViewText;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * Playback controls for a simulation trace: reset, step back, play/pause, step, end, a scrubber, a
 * speed choice (0.5–4×) and a loop toggle, with the current step's sentence. The clock is a JavaFX {@link Timeline} on the
 * FX thread that only calls {@link TimelineViewModel#stepForward()}.
 */
public final class TimelineView extends VBox {

    private final Timeline clock = new Timeline();
    /** The play and pause icons, 10 × 12 px: a triangle, and two bars. */
    public static final String PLAY = "M0,0 L10,6 L0,12 Z";
    public static final String PAUSE = "M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z";

    public TimelineView(TimelineViewModel vm) {
        getStyleClass().add("timeline");
        getStylesheets().add(TimelineView.class.getResource("/dev/sse/views/timeline/timeline.css").toExternalForm());
        Button reset = button(ViewText.get("timeline.reset"), ViewText.get("timeline.reset.tip"), vm::toStart);
        Button back = button("◀", ViewText.get("timeline.back.tip"), vm::stepBack);
        Button play = button("", ViewText.get("timeline.play.tip"), vm::togglePlay);
        Button forward = button("▶|", ViewText.get("timeline.step.tip"), vm::stepForward);
        Button end = button(ViewText.get("timeline.end"), ViewText.get("timeline.end.tip"), vm::toEnd);
        // drawn, not a character: "⏸" (U+23F8) is missing from DejaVu, the usual font on Linux, and showed as a box
        SVGPath icon = new SVGPath();
        icon.getStyleClass().add("timeline-icon");
        icon.contentProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty()).then(PAUSE).otherwise(PLAY));
        play.setGraphic(icon);
        play.accessibleTextProperty().bind(javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then(ViewText.get("timeline.pause.name")).otherwise(ViewText.get("timeline.play.name")));
        play.setId("timeline-play");
        forward.setId("timeline-step");
        back.setId("timeline-back");
        reset.setId("timeline-reset");

        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("timeline-scrub");
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setSnapToTicks(true);
        scrub.setShowTickMarks(true);
        scrub.maxProperty().bind(vm.lengthProperty());
        scrub.disableProperty().bind(vm.lengthProperty().isEqualTo(0));
        vm.positionProperty().addListener((o, was, now) -> scrub.setValue(now.intValue()));
        scrub.valueProperty().addListener((o, was, now) -> {
            if (scrub.isValueChanging() || Math.round(now.doubleValue()) != vm.positionProperty().get()) {
                vm.seek((int) Math.round(now.doubleValue()));
            }
        });
        HBox.setHgrow(scrub, Priority.ALWAYS);

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("timeline-speed");
        speed.getItems().addAll(0.5, 1.0, 2.0, 4.0);
        speed.setValue(vm.speedProperty().get());
        speed.setTooltip(new Tooltip(ViewText.get("timeline.speed.tip")));
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Double d) { return d == null ? "" : (d == Math.floor(d) ? String.valueOf(d.intValue()) : d) + "×"; }
            @Override public Double fromString(String s) { return Double.valueOf(s.replace("×", "")); }
        });
        speed.valueProperty().addListener((o, was, now) -> vm.setSpeed(now));
        // and back: a speed set elsewhere (a tour step, the render benchmark's 4×) shows here, not a stale 1×
        vm.speedProperty().addListener((o, was, now) -> speed.setValue(now.doubleValue()));
        speed.setFocusTraversable(false);
        // sized in em, not from its items once: a larger text size (Ctrl+Plus) widens it instead of showing "…"
        speed.setStyle("-fx-min-width: 5.5em; -fx-pref-width: 5.5em;");

        ToggleButton loop = new ToggleButton(ViewText.get("timeline.loop"));
        loop.setId("timeline-loop");
        loop.setTooltip(new Tooltip(ViewText.get("timeline.loop.tip")));
        loop.setAccessibleText(ViewText.get("timeline.loop.tip"));
        loop.setFocusTraversable(false);
        loop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        loop.selectedProperty().bindBidirectional(vm.loopProperty());

        Label position = new Label();
        position.textProperty().bind(vm.positionProperty().asString().concat(" / ").concat(vm.lengthProperty().asString()));
        position.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox controls = new HBox(6, reset, back, play, forward, end, scrub, position, speed, loop);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label caption = new Label();
        caption.getStyleClass().add("timeline-caption");
        caption.textProperty().bind(vm.captionProperty());
        caption.setWrapText(true);
        caption.setId("timeline-caption");
        Label note = new Label();
        note.setId("timeline-note");
        note.getStyleClass().add("timeline-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.noteProperty());
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(controls, caption, note);
        setSpacing(4);

        vm.playingProperty().addListener((o, was, now) -> restartClock(vm));
        vm.speedProperty().addListener((o, was, now) -> restartClock(vm));
    }

    private void restartClock(TimelineViewModel vm) {
        clock.stop();
        clock.getKeyFrames().setAll(new KeyFrame(Duration.seconds(vm.secondsPerStep()), e -> vm.stepForward()));
        clock.setCycleCount(Timeline.INDEFINITE);
        if (vm.playingProperty().get()) {
            clock.play();
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
