package dev.sse.views.common;

import dev.sse.model.format.Decimals;
import javafx.beans.value.ObservableStringValue;

/**
 * A number typed into a form field (the sweep and Monte Carlo forms): the field's text parsed, or an
 * {@link IllegalArgumentException} whose message is the one line the form shows, naming the field and what was typed.
 */
public final class FormNumber {

    private FormNumber() {
    }

    /** The field's number; {@code whatKey} is the {@link ViewText} key of the field's name. */
    public static double of(ObservableStringValue field, String whatKey) {
        try {
            return Double.parseDouble(field.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(ViewText.get("sweep.notANumber", ViewText.get(whatKey), field.get()));
        }
    }

    /** The field's number, which must lie in [{@code min}, {@code max}]. */
    public static double of(ObservableStringValue field, String whatKey, double min, double max) {
        double x = of(field, whatKey);
        if (!(x >= min && x <= max)) {
            throw new IllegalArgumentException(ViewText.get("mc.outOfRange", ViewText.get(whatKey), field.get(),
                    Decimals.exact(min), Decimals.exact(max)));
        }
        return x;
    }
}
