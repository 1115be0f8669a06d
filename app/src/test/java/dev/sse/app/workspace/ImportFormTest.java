package dev.sse.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File → Import… as plain objects (issue 22 item 3): the form offers the CLI's own options, and the run imports the
 * recorded June 2024 Hub + Neutron (model/src/test/resources/import, see its README) exactly as {@code explorer import
 * cosmos} does, or gives the importer's one located error line.
 */
class ImportFormTest {

    static final Path HUB = Path.of("..", "model", "src", "test", "resources", "import", "cosmoshub-4");

    @Test
    void theFormHasTheCliOptionsButOut() {
        ImportForm form = new ImportForm("cosmos");
        assertThat(form.fields()).extracting(ImportForm.Field::flag).contains("--validators", "--consumer-chains",
                "--consumer-validators", "--price", "--date", "--chain-id").doesNotContain("--out", "--help");
        ImportForm.Field validators = form.fields().stream().filter(f -> f.flag().equals("--validators")).findFirst()
                .orElseThrow();
        assertThat(validators.files()).isTrue();
        assertThat(validators.repeatable()).isTrue();
        assertThat(validators.required()).isFalse(); // --validators or --from (issue 22 item 4)
        assertThat(form.fields()).extracting(ImportForm.Field::flag).contains("--from", "--timeout");
        assertThat(new ImportForm("eigenlayer").fields()).extracting(ImportForm.Field::flag)
                .contains("--operators", "--allocations");
    }

    @Test
    void repeatableFieldsBecomeOneFlagPerValue() {
        ImportForm form = new ImportForm("cosmos");
        form.addFiles("--validators", List.of(Path.of("p1.json")), true);
        form.addFiles("--validators", List.of(Path.of("p2.json")), true);
        form.set("--price", "ATOM=6.71");
        form.set("--date", " ");
        assertThat(form.args()).containsExactly("cosmos", "--validators", "p1.json", "--validators", "p2.json",
                "--price", "ATOM=6.71");
    }

    @Test
    void importsTheRecordedHubAsTheCliDoes() throws Exception {
        assumeTrue(Files.isDirectory(HUB), "run from the app module of a full checkout");
        ImportForm form = new ImportForm("cosmos");
        form.addFiles("--validators", List.of(HUB.resolve("validators-page-1.json"), HUB.resolve("validators-page-2.json")), true);
        form.addFiles("--consumer-chains", List.of(HUB.resolve("consumer-chains-v5.json")), false);
        form.set("--consumer-validators", "neutron-1=" + HUB.resolve("consumer-validators-neutron-1.json"));
        form.set("--price", "ATOM=6.71");
        form.set("--date", "2024-06-24");

        ImportRun.Result r = ImportRun.run(form.args());

        assertThat(r.error()).isNull();
        assertThat(r.summary()).containsExactly("cosmoshub-4: 180 bonded validators (of 542), 252713891.402816 ATOM bonded",
                "neutron-1: consumer, 139 validators", "2 assumption(s) written to the file");
        assertThat(r.network().validators()).hasSize(180);
        assertThat(r.network().provenance().string("chainId")).contains("cosmoshub-4");
    }

    @Test
    void aBadResponseIsOneLocatedLine() throws Exception {
        Path bad = Files.createTempFile("page", ".json");
        Files.writeString(bad, "{\"validators\": [{\"operator_address\": 7}]}");
        try {
            ImportRun.Result r = ImportRun.run(List.of("cosmos", "--validators", bad.toString()));
            assertThat(r.ok()).isFalse();
            assertThat(r.error()).startsWith("import cosmos: " + bad.getFileName() + ":1:").contains("$.validators[0]")
                    .doesNotContain("Exception");
            assertThat(r.error().lines()).hasSize(1);
        } finally {
            Files.deleteIfExists(bad);
        }
    }
}
