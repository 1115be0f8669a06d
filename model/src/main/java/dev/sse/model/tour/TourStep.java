package dev.sse.model.tour;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Tour}.
 *
 * @param caption   short rich text: {@code **bold**} and {@code [glossary term]} links ({@link Caption})
 * @param fit       ids (chains or validators) the camera frames; empty = the whole graph
 * @param highlight ids selected (highlighted with their neighbours) while the step shows
 * @param action    what the step does when entered going forward
 * @param pause     true (the default): wait for Next; false: go on by itself once the action is done
 */
public record TourStep(String caption, List<String> fit, List<String> highlight, TourAction action, boolean pause) {

    public TourStep {
        caption = Objects.requireNonNullElse(caption, "");
        fit = List.copyOf(fit);
        highlight = List.copyOf(highlight);
        action = Objects.requireNonNullElse(action, new TourAction.None());
    }
}
