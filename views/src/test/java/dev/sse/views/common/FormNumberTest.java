package dev.sse.views.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** Issue 21: the sweep and Monte Carlo forms read a typed number through one piece (each had its own copy). */
class FormNumberTest {

    @Test
    void aTypedNumberOrOneLineNamingTheField() {
        assertThat(FormNumber.of(new SimpleStringProperty(" 0.25 "), "sweep.from")).isEqualTo(0.25);
        assertThatThrownBy(() -> FormNumber.of(new SimpleStringProperty("x"), "sweep.from"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("from must be a number, got 'x'");
        assertThatThrownBy(() -> FormNumber.of(new SimpleStringProperty(null), "sweep.from"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRangeIsCheckedAfterTheNumber() {
        assertThat(FormNumber.of(new SimpleStringProperty("1"), "mc.field.draws", 1, 10)).isEqualTo(1);
        assertThatThrownBy(() -> FormNumber.of(new SimpleStringProperty("0.5"), "mc.field.draws", 1, 10))
                .hasMessageEndingWith("must be from 1 to 10, got '0.5'");
        assertThatThrownBy(() -> FormNumber.of(new SimpleStringProperty("NaN"), "mc.field.draws", 1, 10))
                .hasMessageEndingWith("must be from 1 to 10, got 'NaN'");
    }
}
