package dev.sse.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 1: a stake edit stays within the magnitudes a file may hold ({@link Magnitudes}), so what the window
 * saves the reader reads again; above 9.2e16 the cents rounding saturated a long (a 1e17 stake became 9.2e16).
 */
class StakeScaledTest {

    private static double scaled(double stake, double factor) {
        Network n = Network.builder().name("n").validator(new Validator("v", null, stake, null, null)).build();
        return n.withStakeScaled("v", factor).validator("v").orElseThrow().stake();
    }

    @Test
    void aStakeGrowsNoFurtherThanTheLargestMagnitude() {
        assertThat(scaled(6e17, 4)).isEqualTo(Magnitudes.MAX);
        assertThat(scaled(1e17, 2)).isEqualTo(2e17);
        assertThat(scaled(100, 1.5)).isEqualTo(150);
        assertThat(scaled(1, 0.001)).isEqualTo(0.01);
    }
}
