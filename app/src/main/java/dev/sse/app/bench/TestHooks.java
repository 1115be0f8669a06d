package dev.sse.app.bench;

import dev.sse.app.commands.CommandStack;
import dev.sse.app.commands.StateEdit;
import dev.sse.app.files.Document;
import dev.sse.model.network.Network;

/**
 * Hidden hooks for tests that drive a real explorer process, e.g. {@code --test-edit=b:2}: once the first
 * network is open, scale validator b's stake by 2 as one ordinary undoable edit, so the process has unsaved
 * work (and autosaves it) without a robot.
 */
public final class TestHooks {

    private TestHooks() {
    }

    /** Applies {@code spec} ("VALIDATOR:FACTOR") to the document; a malformed spec is an error. */
    public static void applyEdit(String spec, Document doc, CommandStack commands) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--test-edit wants VALIDATOR:FACTOR, got " + spec);
        }
        String validator = spec.substring(0, colon);
        double factor = Double.parseDouble(spec.substring(colon + 1));
        Network before = doc.network().get();
        commands.execute(new StateEdit<>("Test edit of " + validator, doc.network(), before,
                before.withStakeScaled(validator, factor)));
    }
}
