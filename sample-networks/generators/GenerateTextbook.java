/*
 * GenerateTextbook: the small teaching networks of the explorer (textbook-*.json).
 *
 * Run (JDK 17+, no dependencies):
 *     javac -d /tmp/gen sample-networks/generators/*.java && java -cp /tmp/gen GenerateTextbook sample-networks/src/main/resources/dev/sse/samples
 *
 * Nothing here is random: every number is chosen by hand so that one property of the restaking model of
 * Durvasula & Roughgarden, "Robust Restaking Networks" (arXiv:2407.21785, ITCS 2025), shows on a graph
 * small enough to check with pen and paper. Definitions as restated in /work/shared/domain.md section 1:
 * a coalition (A, B) attacks services A when, for every s in A, the stake of B among s's validators is
 * at least alpha_s of s's total; it is valid when pi(A) > sigma(B); the network is secure when no valid
 * attack exists. None of these files has assets, so stakes and profits share one abstract unit.
 *
 *   textbook-theorem2            DR Theorem 2: one service x, validators a (0.1) and b (0.9), pi_x = 1,
 *                                alpha_x = 1. Secure with margin 0 and the EigenLayer condition (Claim 1)
 *                                holds with equality, yet shocking a (10% of stake) loses everything.
 *   textbook-domino              six services in a row, each needing both of its neighbours (alpha = 1);
 *                                a 0.12 "first domino" pays the row's whole surplus. Shock it and the
 *                                row falls: 100% of the stake is lost, one service per round when the
 *                                cascade is played one service at a time.
 *   textbook-triangle            DR Theorem 6: ring x{a,b}, y{b,c}, z{c,a}, pi = 1 each, sigma_a = 1.5 < 2,
 *                                sigma_b = sigma_c = 2(1 + 0.1) = 2.2. Corollary 2 holds globally with
 *                                gamma = 10%, yet after shock {b,c} validator a attacks x and z (1.5 < 2).
 *   textbook-shared-vs-isolated  a four-validator provider with two consumers, next to two isolated
 *                                chains with the same profits and their own small validator sets, joined
 *                                by IBC channels and a 2-of-3 multisig bridge between the isolated chains.
 *
 * Costs, finality, bridges (issue 10). Abstract units per year, chosen by hand, NOT measurements: a generic
 * service pays 5% of its profit from corruption per year to its validators (rewardsPerYear) and finalises in
 * 12 s (finalitySeconds; a generic service has no default). In textbook-shared-vs-isolated the provider pays
 * 2/yr of inflation, the consumers share rewards of 4 and 2 (ICS: 25% goes to the provider), the isolated
 * chains pay 1.5/yr each; CometBFT-style kinds keep the default 6 s finality. The multisig I1-I2 (2 of i1b,
 * i2c, i2b; carries 2) is broken by its two cheapest signers i2c (3) and i1b (4): scenario
 * multisig-bridge-exploit burns them, I2 keeps i2a (8) and i2b (4), so i2a alone reaches 2/3 and takes I2 for
 * 8 < 9 (its profit after losing half of the 2 stolen). Without the exploit I2 is secure (margin 10%).
 */

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class GenerateTextbook extends JsonWriter {

    private static final String DR = "Durvasula & Roughgarden, \"Robust Restaking Networks\", arXiv:2407.21785 (ITCS 2025)";

    public static void main(String[] args) throws IOException {
        Path out = outputDirectory(args, "GenerateTextbook");
        save(out, "textbook-theorem2", theorem2());
        save(out, "textbook-domino", domino());
        save(out, "textbook-triangle", triangle());
        save(out, "textbook-shared-vs-isolated", sharedVsIsolated());
    }

    static Map<String, Object> validator(String id, String name, long stakeCents) {
        return obj("id", id, "name", name, "stake", cents(stakeCents));
    }

    static Map<String, Object> service(String id, String name, long profitCents, double alpha) {
        return obj("id", id, "name", name, "kind", "service", "profitFromCorruption", cents(profitCents),
                "attackThreshold", alpha, "finalitySeconds", 12,
                "securityCost", obj("rewardsPerYear", cents(profitCents * 5 / 100)));
    }

    static Map<String, Object> alloc(String validator, String chain) {
        return obj("validator", validator, "chain", chain);
    }

    static Map<String, Object> scenario(String policy, int seed, Map<?, ?>... faults) {
        return obj("faults", List.of(faults), "policy", policy, "seed", seed);
    }

    static Map<String, Object> shock(String... validators) {
        return obj("type", "shock", "validators", List.of(validators));
    }

    /** DR Theorem 2 with epsilon = 0.1. */
    static Map<String, Object> theorem2() {
        Map<String, Object> n = network("Textbook: DR Theorem 2 (secure but fragile)",
                "One service x secured by a small validator a (stake 0.1) and a large one b (0.9); corrupting x "
                        + "needs all of its stake (alpha = 1) and pays 1. The only attack costs 1 = profit, so the "
                        + "network is secure with margin gamma* = 0, and the EigenLayer condition (Claim 1) holds "
                        + "with equality. Shock a (10% of the stake) and b alone controls x: 0.9 < 1 is a profitable "
                        + "attack and everything is lost. Lesson: passing the per-operator check is not robustness; "
                        + "you need slack (gamma > 0).",
                DR + ", Theorem 2 (construction with epsilon = 0.1), as restated in domain.md section 1.1.");
        n.put("validators", List.of(validator("a", "a (sigma = 0.1)", 10), validator("b", "b (sigma = 0.9)", 90)));
        n.put("chains", List.of(service("x", "x", 100, 1.0)));
        n.put("allocations", List.of(alloc("a", "x"), alloc("b", "x")));
        n.put("scenarios", obj("shock-a", scenario("greedy", 1, shock("a"))));
        return n;
    }

    /** A row of services where each one needs its two neighbouring validators. */
    static Map<String, Object> domino() {
        int k = 6;
        Map<String, Object> n = network("Textbook: domino cascade",
                "Six services s1..s6 in a row; s_i is secured by validators v_(i-1) and v_i (v0 is the small "
                        + "'first domino', stake 0.12; the others have 1) and corrupting it needs both "
                        + "(alpha = 1). Each service pays 1.02, so each is worth a little more than the one "
                        + "validator it would cost once its other neighbour is gone. Before any shock every "
                        + "attack costs at least what it gains (the full row costs 6.12 = 6 x 1.02), so the "
                        + "network is secure with margin 0. Shock v0 (2% of the stake): v1 attacks s1, which "
                        + "leaves s2 to v2 alone, and so on down the row: 100% of the stake is lost. Play it "
                        + "with the myopic policy to see one domino per round; greedy takes the whole row "
                        + "at once (DR Corollary 1: a cascade's union is itself a valid attack).",
                "Constructed for teaching in the model of " + DR + " (domain.md section 1.1); "
                        + "in the spirit of the paper's Theorems 2 and 8.");
        List<Object> validators = new ArrayList<>();
        validators.add(validator("v0", "v0 (first domino)", 12));
        for (int i = 1; i <= k; i++) {
            validators.add(validator("v" + i, "v" + i, 100));
        }
        List<Object> chains = new ArrayList<>();
        List<Object> allocations = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            chains.add(service("s" + i, "s" + i, 102, 1.0));
            allocations.add(alloc("v" + (i - 1), "s" + i));
            allocations.add(alloc("v" + i, "s" + i));
        }
        n.put("validators", validators);
        n.put("chains", chains);
        n.put("allocations", allocations);
        n.put("scenarios", obj(
                "shock-first-domino", scenario("greedy", 1, shock("v0")),
                "shock-first-domino-one-at-a-time", scenario("myopic", 1, shock("v0"))));
        return n;
    }

    /** DR Theorem 6 with pi = 1 and gamma = 0.1. */
    static Map<String, Object> triangle() {
        Map<String, Object> n = network("Textbook: DR Theorem 6 triangle",
                "Three services in a ring over three validators: x over {a, b}, y over {b, c}, z over {c, a}; "
                        + "each pays 1 and needs all of its validators (alpha = 1). Stakes: a = 1.5 (less than "
                        + "2), b = c = 2.2 = 2(1 + gamma) with gamma = 10%. Every validator passes the "
                        + "overcollateralised EigenLayer check (Corollary 2 with gamma = 10%), so the network as "
                        + "a whole is robust. Yet after a shock to b and c the coalition {x, z} is attacked by "
                        + "a alone (1.5 < 2) and the stake around x and z is lost completely: a global guarantee "
                        + "says nothing about a local coalition of services.",
                DR + ", Theorem 6 example (pi = 1, gamma = 0.1), as restated in domain.md section 1.1.");
        n.put("validators", List.of(validator("a", "a", 150), validator("b", "b", 220), validator("c", "c", 220)));
        n.put("chains", List.of(service("x", "x", 100, 1.0), service("y", "y", 100, 1.0), service("z", "z", 100, 1.0)));
        n.put("allocations", List.of(alloc("a", "x"), alloc("b", "x"), alloc("b", "y"), alloc("c", "y"),
                alloc("c", "z"), alloc("a", "z")));
        n.put("scenarios", obj("shock-b-and-c", scenario("greedy", 1, shock("b", "c"))));
        return n;
    }

    /** A tiny ICS-like provider with two consumers next to two isolated twins. */
    static Map<String, Object> sharedVsIsolated() {
        Map<String, Object> n = network("Textbook: shared vs isolated security",
                "Left: a provider chain P (four validators, stakes 40/30/20/10) lends its whole validator set "
                        + "to consumers C1 and C2 (replicated, Top-N 100). Right: isolated chains I1 and I2 with "
                        + "the same profits as C1 and C2 but their own small validator sets. Everything uses "
                        + "alpha = 2/3. I1 (stakes 6 + 4) protects 15 with 10 of stake: insecure on its own. I2 "
                        + "(8 + 4 + 3) costs 11 to take (8 + 3) and pays 10: secure, margin 10%. Shared: taking P, C1 and "
                        + "C2 together needs 2/3 of 100 (p1 + p2 = 70) for 45 of profit: secure, margin 56%. But "
                        + "sharing couples fates: shock p1 and p2 + p4 (40 >= 2/3 of the remaining 60) take all "
                        + "three chains for 45 > 40; and a provider failure takes C1 and C2 down with P, while the "
                        + "isolated chains do not notice. Bridges: IBC channels P-C1 (same provider) and C2-I2 "
                        + "(light clients), and a 2-of-3 multisig I1-I2 signed by i1b, i2c and i2b that costs only "
                        + "i2c + i1b = 7 to break: exploit it and I2, secure before, falls to i2a alone.",
                "Constructed for teaching; replicated security as in Cosmos ICS (domain.md section 3), cost of "
                        + "attack of isolated chains as in domain.md section 5.");
        n.put("validators", List.of(
                validator("p1", "p1", 4000), validator("p2", "p2", 3000), validator("p3", "p3", 2000),
                validator("p4", "p4", 1000),
                validator("i1a", "i1a", 600), validator("i1b", "i1b", 400),
                validator("i2a", "i2a", 800), validator("i2b", "i2b", 400), validator("i2c", "i2c", 300)));
        double twoThirds = 2.0 / 3.0;
        Map<String, Object> replicated = obj("topN", 100);
        n.put("chains", List.of(
                obj("id", "P", "name", "Provider P", "kind", "provider", "profitFromCorruption", 20,
                        "attackThreshold", twoThirds, "securityCost", obj("inflationPerYear", 2)),
                obj("id", "C1", "name", "Consumer C1", "kind", "consumer", "profitFromCorruption", 15,
                        "attackThreshold", twoThirds, "securedBy", "P", "security", replicated,
                        "securityCost", obj("rewardsPerYear", 4)),
                obj("id", "C2", "name", "Consumer C2", "kind", "consumer", "profitFromCorruption", 10,
                        "attackThreshold", twoThirds, "securedBy", "P", "security", replicated,
                        "securityCost", obj("rewardsPerYear", 2)),
                obj("id", "I1", "name", "Isolated I1 (twin of C1)", "kind", "isolated", "profitFromCorruption", 15,
                        "attackThreshold", twoThirds, "securityCost", obj("inflationPerYear", cents(150))),
                obj("id", "I2", "name", "Isolated I2 (twin of C2)", "kind", "isolated", "profitFromCorruption", 10,
                        "attackThreshold", twoThirds, "securityCost", obj("inflationPerYear", cents(150)))));
        n.put("allocations", List.of(
                alloc("p1", "P"), alloc("p2", "P"), alloc("p3", "P"), alloc("p4", "P"),
                alloc("i1a", "I1"), alloc("i1b", "I1"),
                alloc("i2a", "I2"), alloc("i2b", "I2"), alloc("i2c", "I2")));
        n.put("bridges", List.of(
                obj("id", "ibc-p-c1", "name", "IBC P <-> C1", "kind", "ibc", "chains", List.of("P", "C1"), "value", 5,
                        "trust", obj("model", "same-provider")),
                obj("id", "ibc-c2-i2", "name", "IBC C2 <-> I2", "kind", "ibc", "chains", List.of("C2", "I2"),
                        "value", 3, "trust", obj("model", "light-client")),
                obj("id", "multisig-i1-i2", "name", "Multisig bridge I1 <-> I2 (2 of 3)", "kind", "third-party",
                        "chains", List.of("I1", "I2"), "value", 2,
                        "trust", obj("model", "multisig", "k", 2, "n", 3, "signers", List.of("i1b", "i2c", "i2b")))));
        n.put("scenarios", obj(
                "shock-p1", scenario("greedy", 1, shock("p1")),
                "provider-failure", scenario("greedy", 1, obj("type", "provider-failure", "chain", "P")),
                "multisig-bridge-exploit", scenario("greedy", 1, obj("type", "bridge-exploit",
                        "bridge", "multisig-i1-i2"))));
        return n;
    }
}
