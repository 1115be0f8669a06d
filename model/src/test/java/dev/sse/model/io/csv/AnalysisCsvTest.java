package dev.sse.model.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sse.model.analysis.AnalysisOptions;
import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.ChainMetrics;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.io.MixedNetwork;
import dev.sse.model.io.json.AnalysisJson;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisCsvTest {

    /** The shared mixed network, its AVS id needing CSV quotes. */
    static Network mixed() {
        return MixedNetwork.of("avs,\"q\"", 30.25);
    }

    @Test
    void oneRowPerChainInFileOrderWithTheAnalysisValues() throws Exception {
        AnalysisResult r = SecurityAnalyzer.analyze(mixed(), AnalysisOptions.defaults());
        List<List<String>> rows = parse(AnalysisCsv.write(r));

        assertThat(rows.get(0)).isEqualTo(AnalysisCsv.HEADER);
        assertThat(rows).hasSize(1 + r.chains().size());
        int i = 1;
        for (ChainMetrics m : r.chains().values()) {
            List<String> row = rows.get(i++);
            assertThat(row).hasSize(AnalysisCsv.HEADER.size());
            assertThat(row.get(0)).isEqualTo(m.id());
            assertThat(Double.parseDouble(row.get(1))).isEqualTo(m.securingStake());
            assertThat(Double.parseDouble(row.get(2))).isEqualTo(m.costOfCorruption());
            assertThat(Boolean.parseBoolean(row.get(3))).isEqualTo(m.costExact());
            assertThat(Double.parseDouble(row.get(4))).isEqualTo(m.profitFromCorruption());
            assertThat(row.get(5).isEmpty() ? null : Double.parseDouble(row.get(5))).isEqualTo(m.securityMargin());
            assertThat(Integer.parseInt(row.get(6))).isEqualTo(m.nakamotoCoefficient());
            assertThat(Integer.parseInt(row.get(7))).isEqualTo(m.validatorSet().size());
            assertThat(Double.parseDouble(row.get(8))).isEqualTo(m.isolatedCostOfCorruption());
            assertThat(row.get(9)).isEqualTo(String.join(" ", m.blastRadius()));
        }
        assertThat(rows.get(3).get(12)).isEqualTo("unlimited");
        assertThat(rows.get(4).get(0)).isEqualTo("avs,\"q\"");
    }

    @Test
    void numbersMatchTheJsonExportExactly() throws Exception {
        AnalysisResult r = SecurityAnalyzer.analyze(mixed(), AnalysisOptions.defaults());
        JsonNode chains = new ObjectMapper().readTree(AnalysisJson.write(r)).get("chains");
        for (List<String> row : parse(AnalysisCsv.write(r)).subList(1, 1 + r.chains().size())) {
            JsonNode c = chains.get(row.get(0));
            assertThat(row.get(2)).isEqualTo(c.get("costOfCorruption").asText());
            assertThat(row.get(4)).isEqualTo(c.get("profitFromCorruption").asText());
        }
    }

    @Test
    void numbersArePlainDotDecimalsWithoutExponentOrRounding() {
        assertThat(CsvWriter.number(1e9)).isEqualTo("1000000000");
        assertThat(CsvWriter.number(2.0 / 3)).isEqualTo("0.6666666666666666");
        assertThat(CsvWriter.number(1.5e-7)).isEqualTo("0.00000015");
        assertThat(CsvWriter.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(CsvWriter.number(-0.25)).isEqualTo("-0.25");
        assertThat(CsvWriter.number(Double.NaN)).isEmpty();
        assertThat(CsvWriter.number(null)).isEmpty();
    }

    /** A small RFC 4180 reader for the test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        return rows;
    }

    @org.junit.jupiter.api.Test
    void theEconomicsCsvAppendsTheSixPointsOfEveryChain() {
        Network n = mixed();
        dev.sse.model.analysis.AnalysisResult r = dev.sse.model.analysis.SecurityAnalyzer.analyze(n);
        dev.sse.model.analysis.economics.Economics e = dev.sse.model.analysis.economics.Economics.of(n, r);
        String[] lines = AnalysisCsv.write(n, r, e).split("\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).endsWith(
                "securitySource,capitalCostPerYear,sovereignty,timeToFinalitySeconds,crossChainTrust,economicAttackCost");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(1 + r.chains().size());
        // the last column is the economic attack cost: the chain's cost of corruption
        String hub = java.util.Arrays.stream(lines).filter(l -> l.startsWith("hub,")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(hub.substring(hub.lastIndexOf(',') + 1))
                .isEqualTo(CsvWriter.number(r.chains().get("hub").costOfCorruption()));
    }
}
