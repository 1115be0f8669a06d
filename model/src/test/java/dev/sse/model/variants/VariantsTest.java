package dev.sse.model.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sse.model.analysis.AnalysisResult;
import dev.sse.model.analysis.SecurityAnalyzer;
import dev.sse.model.network.Allocation;
import dev.sse.model.network.Asset;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Settings;
import dev.sse.model.network.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantsTest {

    /** Provider P (p1 40, p2 30, p3 20, p4 10 in TOK at 2 USD), consumer C borrowing P's set, AVS A with own pooled allocations. */
    static Network shared() {
        return Network.builder().name("shared")
                .asset(new Asset("TOK", 2)).asset(new Asset("CTK", 0.5))
                .validator(new Validator("p1", null, 40, "TOK", "org-1"))
                .validator(new Validator("p2", null, 30, "TOK", "org-2"))
                .validator(new Validator("p3", null, 20, "TOK", null))
                .validator(new Validator("p4", null, 10, "TOK", null))
                .chain(Chain.builder("P", ChainKind.PROVIDER).asset("TOK").profitFromCorruption(20).build())
                .chain(Chain.builder("C", ChainKind.CONSUMER).asset("CTK").profitFromCorruption(15).securedBy("P")
                        .security(new Settings(Map.of("topN", 100L))).build())
                .chain(Chain.builder("A", ChainKind.AVS).profitFromCorruption(10).attackThreshold(0.5).securedBy("P")
                        .build())
                .allocation(Allocation.pooled("p1", "P")).allocation(Allocation.pooled("p2", "P"))
                .allocation(Allocation.pooled("p3", "P")).allocation(Allocation.pooled("p4", "P"))
                .allocation(Allocation.of("p1", "A", 10)).allocation(Allocation.pooled("p2", "A"))
                .build();
    }

    @Test
    void directOnlyIsolatesConsumersAndLeavesABorrowingConsumerUnsecured() {
        Network n = shared();
        Network v = Variants.isolateConsumers(n, Isolation.directOnly());

        assertThat(v.chain("C").orElseThrow().kind()).isEqualTo(ChainKind.ISOLATED);
        assertThat(v.chain("C").orElseThrow().securedBy()).isNull();
        assertThat(v.chain("C").orElseThrow().security()).isEqualTo(Settings.EMPTY);
        assertThat(v.chain("A").orElseThrow().kind()).isEqualTo(ChainKind.ISOLATED);
        assertThat(v.chain("P").orElseThrow()).isEqualTo(n.chain("P").orElseThrow());
        assertThat(v.allocations()).isEqualTo(n.allocations());
        assertThat(v.validators()).isEqualTo(n.validators());

        AnalysisResult r = SecurityAnalyzer.analyze(v);
        assertThat(r.chains().get("C").costOfCorruption()).isZero();
        assertThat(r.chains().get("C").validatorSet()).isEmpty();
        assertThat(r.chains().get("A").validatorSet()).extracting(p -> p.id()).containsExactly("p1", "p2");
        assertThat(r.chains().get("P").blastRadius()).isEmpty();
        assertThat(SecurityAnalyzer.analyze(n).chains().get("P").blastRadius()).containsExactlyInAnyOrder("C", "A");
    }

    @Test
    void aProviderShareGivesEachConsumerOwnValidatorsInItsOwnToken() {
        Network n = shared();
        Network v = Variants.isolateConsumers(n, Isolation.providerShare(0.5));

        // C borrowed all four (Top-N 100): copies hold half their value (TOK 2 USD) in CTK (0.5 USD)
        Map<String, Validator> copies = v.validators().stream().filter(x -> x.id().startsWith("C-"))
                .collect(Collectors.toMap(Validator::id, x -> x));
        assertThat(copies.keySet()).containsExactlyInAnyOrder("C-p1", "C-p2", "C-p3", "C-p4");
        assertThat(copies.get("C-p1").stake()).isEqualTo(80.0); // 0.5 × 40 × 2 / 0.5
        assertThat(copies.get("C-p1").asset()).isEqualTo("CTK");
        assertThat(copies.get("C-p1").operator()).isEqualTo("org-1");
        assertThat(v.valueOf(copies.get("C-p4"))).isCloseTo(0.5 * n.valueOf(n.validator("p4").orElseThrow()), within(1e-9));
        // A (no token of its own) keeps the validator's asset: p1 allocated 10 TOK, p2 its whole 30
        Validator a1 = v.validator("A-p1").orElseThrow();
        assertThat(a1.asset()).isEqualTo("TOK");
        assertThat(a1.stake()).isEqualTo(5.0);
        assertThat(v.validator("A-p2").orElseThrow().stake()).isEqualTo(15.0);
        // consumers are secured by their copies only; the provider keeps its four
        assertThat(v.allocationsTo("C")).extracting(Allocation::validator).containsExactly("C-p1", "C-p2", "C-p3", "C-p4");
        assertThat(v.allocationsTo("A")).extracting(Allocation::validator).containsExactly("A-p1", "A-p2");
        assertThat(v.allocationsTo("P")).isEqualTo(n.allocationsTo("P"));
        AnalysisResult r = SecurityAnalyzer.analyze(v);
        assertThat(r.chains().get("C").securingStake()).isCloseTo(0.5 * n.totalValue(), within(1e-6));
        assertThat(n.validators()).hasSize(4); // the input is untouched
    }

    @Test
    void copiesNeverReuseAnExistingId() {
        Network n = shared().toBuilder().validator(new Validator("C-p1", null, 1, "TOK", null))
                .allocation(Allocation.pooled("C-p1", "P")).build();
        Network v = Variants.isolateConsumers(n, Isolation.providerShare(0.1));
        Set<String> ids = v.validators().stream().map(Validator::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(v.validators().size()).contains("C-p1~2");
    }

    @Test
    void poolingDropsEveryAmount() {
        Network v = Variants.poolAllocations(shared());
        assertThat(v.allocations()).allMatch(Allocation::isPooled);
        assertThat(v.allocations()).extracting(a -> a.validator() + ">" + a.chain())
                .isEqualTo(shared().allocations().stream().map(a -> a.validator() + ">" + a.chain()).toList());
    }

    @Test
    void uniqueStakeSplitsEachStakeEvenlyAndNeverOverAllocates() {
        Network n = Network.builder().validator(new Validator("v", null, 10, null, null))
                .validator(new Validator("w", null, 5, null, null))
                .chain(Chain.builder("x", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(0.5).build())
                .chain(Chain.builder("y", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(0.5).build())
                .chain(Chain.builder("z", ChainKind.SERVICE).profitFromCorruption(1).attackThreshold(0.5).build())
                .allocation(Allocation.pooled("v", "x")).allocation(Allocation.pooled("v", "y"))
                .allocation(Allocation.of("v", "z", 9)).allocation(Allocation.pooled("w", "x")).build();
        Network u = Variants.uniqueStake(n);
        assertThat(u.allocationsOf("v")).extracting(a -> a.amount().getAsDouble()).containsExactly(3.33, 3.33, 3.33);
        assertThat(u.allocationsOf("w")).extracting(a -> a.amount().getAsDouble()).containsExactly(5.0);
        assertThat(Variants.poolAllocations(u).allocations()).isEqualTo(Variants.poolAllocations(n).allocations());
    }

    @Test
    void theShareMustBeAFraction() {
        assertThatThrownBy(() -> new Isolation(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Isolation.directOnly().describe()).contains("direct");
        assertThat(Isolation.providerShare(0.1).describe()).contains("10.0%");
        assertThat(List.of(Isolation.DEFAULT_SHARE)).containsExactly(0.1);
    }
}
