package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Issue #17 item 4 in the window: a failed open or save says why, in words, never with an exception class. */
class ErrorDialogsTest {

    @Test
    void fileFailuresSayWhyWithoutAClassName() {
        assertThat(ErrorDialogs.describe(new AccessDeniedException("/ro/net.json"))).isEqualTo("/ro/net.json: permission denied");
        assertThat(ErrorDialogs.describe(new FileSystemException("pipe.json", null, "is not a regular file")))
                .isEqualTo("pipe.json: is not a regular file");
        assertThat(ErrorDialogs.describe(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(ErrorDialogs.describe(new IOException())).isEqualTo("input/output error");
        assertThat(ErrorDialogs.describe(new AccessDeniedException("evil\u202E.json"))).isEqualTo("evil\\u202E.json: permission denied");
    }
}
