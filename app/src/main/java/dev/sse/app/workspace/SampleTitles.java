package dev.sse.app.workspace;

import dev.sse.app.i18n.Messages;
import dev.sse.samples.SampleNetworks;

/** How a bundled sample is named in the start screen and the sample browser: real snapshots (issue 22) are marked. */
public final class SampleTitles {

    private SampleTitles() {
    }

    /** The title, marked when the sample is a real snapshot ("Kusama era 1827 · real data"). */
    public static String title(SampleNetworks.Sample sample) {
        return sample.real() ? Messages.get("samples.real", sample.title()) : sample.title();
    }
}
