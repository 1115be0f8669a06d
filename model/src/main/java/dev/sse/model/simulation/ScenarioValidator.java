package dev.sse.model.simulation;

import dev.sse.model.network.Network;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.List;

/** {@link Scenario#validateAgainst}: ids must exist in the network, numbers must be in range. */
final class ScenarioValidator {

    private final Network network;
    private final List<ScenarioIssue> issues = new ArrayList<>();

    private ScenarioValidator(Network network) {
        this.network = network;
    }

    static List<ScenarioIssue> validate(Scenario scenario, Network network) {
        ScenarioValidator v = new ScenarioValidator(network);
        for (int i = 0; i < scenario.faults().size(); i++) {
            v.fault("$.faults[" + i + "]", scenario.faults().get(i));
        }
        return List.copyOf(v.issues);
    }

    private void fault(String at, Fault fault) {
        if (fault instanceof Fault.OnChain f) {
            chain(at, f.chain());
            validators(at, f.validators());
        }
        if (fault instanceof Fault.Shock f) {
            validators(at, f.validators());
        } else if (fault instanceof Fault.RandomShock f) {
            range(at + ".budget", f.budget(), "budget", false);
        } else if (fault instanceof Fault.Slash f) {
            range(at + ".fraction", f.fraction(), "fraction", true);
        } else if (fault instanceof Fault.PriceShock f) {
            if (network.asset(f.asset()).isEmpty()) {
                issues.add(new ScenarioIssue(at + ".asset", "unknown asset '" + f.asset() + "'" + known(
                        network.assets().stream().map(a -> a.symbol()).toList())));
            }
            range(at + ".drop", f.drop(), "drop", true);
        } else if (fault instanceof Fault.ProviderFailure f) {
            chain(at, f.chain());
        } else if (fault instanceof Fault.BridgeExploit f) {
            if (network.bridge(f.bridge()).isEmpty()) {
                issues.add(new ScenarioIssue(at + ".bridge", "unknown bridge '" + f.bridge() + "'" + (network.bridges().isEmpty()
                        ? " (the network defines no bridges)" : " (known: " + String.join(", ",
                        network.bridges().stream().map(b -> b.id()).toList()) + ")")));
            }
        } else if (fault instanceof Fault.KeyCompromise f) {
            boolean exists = network.validators().stream().anyMatch(v -> f.operator().equals(v.operator()));
            if (!exists) {
                issues.add(new ScenarioIssue(at + ".operator", "unknown operator '" + f.operator()
                        + "': no validator has it as its operator"));
            }
        }
    }

    private void chain(String at, String id) {
        if (network.chain(id).isEmpty()) {
            issues.add(new ScenarioIssue(at + ".chain", "unknown chain '" + id + "'"));
        }
    }

    private void validators(String at, List<String> ids) {
        if (ids.isEmpty()) {
            issues.add(new ScenarioIssue(at + ".validators", "must name at least one validator"));
        }
        for (int j = 0; j < ids.size(); j++) {
            if (network.validator(ids.get(j)).isEmpty()) {
                issues.add(new ScenarioIssue(at + ".validators[" + j + "]", "unknown validator '" + ids.get(j) + "'"));
            }
        }
    }

    private void range(String at, double x, String what, boolean zeroAllowed) {
        boolean ok = Double.isFinite(x) && x <= 1 && (zeroAllowed ? x >= 0 : x > 0);
        if (!ok) {
            issues.add(new ScenarioIssue(at, what + " must be in " + (zeroAllowed ? "[0, 1]" : "(0, 1]") + ", got " + x));
        }
    }

    private static String known(List<String> ids) {
        return ids.isEmpty() ? " (the network defines no assets)" : " (known: " + String.join(", ", ids) + ")";
    }
}
