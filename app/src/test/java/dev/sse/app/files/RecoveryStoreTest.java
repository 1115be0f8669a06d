package dev.sse.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sse.app.files.RecoveryStore.Origin;
import dev.sse.model.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    private static Network edited() throws Exception {
        return NetworkLoader.loadSample("textbook-theorem2").withStakeScaled("b", 2);
    }

    @Test
    void aCopyLeftByADeadProcessIsOfferedWithItsOriginAndReadsBackEqual() throws Exception {
        RecoveryStore crashed = new RecoveryStore(dir, 111, pid -> false);
        Path original = dir.resolve("my net.json");
        crashed.save(edited(), new Origin(original, null, "my net.json"));

        RecoveryStore next = new RecoveryStore(dir, 222, pid -> false);
        assertThat(next.orphans()).singleElement().satisfies(e -> {
            assertThat(e.pid()).isEqualTo(111);
            assertThat(e.origin().file()).isEqualTo(original.toAbsolutePath());
            assertThat(e.origin().displayName()).isEqualTo("my net.json");
            assertThat(e.networkName()).isEqualTo(edited().name());
        });
        assertThat(next.read(next.orphans().get(0))).isEqualTo(edited());

        next.discard(next.orphans().get(0));
        assertThat(next.orphans()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void ownAndLiveCopiesAreNotOfferedAndClearOwnDeletesOnlyOurs() throws Exception {
        Set<Long> alive = Set.of(1L, 2L);
        RecoveryStore one = new RecoveryStore(dir, 1, alive::contains);
        RecoveryStore two = new RecoveryStore(dir, 2, alive::contains);
        one.save(edited(), new Origin(null, "textbook-theorem2", "textbook-theorem2 (sample)"));
        two.save(edited(), new Origin(null, null, "new network"));

        assertThat(one.orphans()).isEmpty();
        one.clearOwn();
        assertThat(Files.exists(one.networkFile(1))).isFalse();
        assertThat(Files.exists(two.networkFile(2))).isTrue();

        RecoveryStore later = new RecoveryStore(dir, 3, pid -> false);
        assertThat(later.orphans()).singleElement().satisfies(e -> assertThat(e.origin().displayName()).isEqualTo("new network"));
    }

    @Test
    void newestCopyComesFirstAndAMissingNoteStillOffersTheNetwork() throws Exception {
        new RecoveryStore(dir, 10, pid -> false).save(edited(), new Origin(null, "textbook-theorem2", "old"));
        Thread.sleep(5);
        RecoveryStore newer = new RecoveryStore(dir, 11, pid -> false);
        newer.save(edited(), new Origin(null, "textbook-theorem2", "new"));
        Files.delete(newer.noteFile(11));

        RecoveryStore next = new RecoveryStore(dir, 12, pid -> false);
        assertThat(next.orphans()).extracting(RecoveryStore.Entry::pid).containsExactly(11L, 10L);
        assertThat(next.orphans().get(0).origin().displayName()).isEqualTo("unsaved network");
    }
}
