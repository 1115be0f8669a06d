package dev.sse.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 21: the samples' and the tours' index.tsv are read by one Catalogue. */
class CatalogueTest {

    @Test
    void bothCataloguesAreItsRowsAndAMissingOneIsNamed() {
        assertThat(Catalogue.rows("/dev/sse/samples/index.tsv", "sample catalogue", 5))
                .hasSize(SampleNetworks.all().size())
                .allSatisfy(f -> assertThat(f.length).isBetween(4, 5));
        assertThat(Catalogue.rows("/dev/sse/samples/tours/index.tsv", "tour catalogue", 0))
                .hasSize(SampleTours.all().size())
                .allSatisfy(f -> assertThat(f).hasSize(2));
        assertThatThrownBy(() -> Catalogue.rows("/dev/sse/samples/none.tsv", "sample catalogue", 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sample catalogue missing: /dev/sse/samples/none.tsv");
    }
}
