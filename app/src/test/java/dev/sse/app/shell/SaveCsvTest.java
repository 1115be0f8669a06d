package dev.sse.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: the node table and the Monte Carlo draws save their CSV through one SaveCsv, so a failure reads the same
 * from both ("Could not write FILE: why", from the bundle), where the table used to say "cannot write NAME: why".
 */
class SaveCsvTest {

    @Test
    void aFailureNamesTheFileAndWhy() {
        File target = new File("/no/such/folder/network-table.csv");
        assertThat(SaveCsv.failure(target, new NoSuchFileException(target.getPath())))
                .isEqualTo("Could not write /no/such/folder/network-table.csv: no such file");
        assertThat(SaveCsv.failure(target, new AccessDeniedException(target.getPath())))
                .isEqualTo("Could not write /no/such/folder/network-table.csv: permission denied");
    }
}
