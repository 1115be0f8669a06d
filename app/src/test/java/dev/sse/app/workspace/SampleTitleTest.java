package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.samples.SampleNetworks;
import org.junit.jupiter.api.Test;

/** The start screen and the sample browser mark the real snapshots (issue 22) and only them. */
class SampleTitleTest {

    @Test
    void realSnapshotsAreMarkedIllustrationsAreNot() {
        assertThat(SampleTitles.title(SampleNetworks.byId("kusama-era-1827").orElseThrow()))
                .isEqualTo("Kusama era 1827 · real data");
        assertThat(SampleTitles.title(SampleNetworks.byId("kusama").orElseThrow()))
                .isEqualTo("Kusama relay + 100 parachains");
    }
}
