package dev.sse.model.montecarlo;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.ChainKind;
import dev.sse.model.network.Network;
import dev.sse.model.network.Validator;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samplers of {@link ShockModel}: ids are resolved once per network, and each draw only walks arrays. Every
 * sampler consumes a fixed amount of randomness per call (one number per validator, operator, group, chain or
 * asset, in file order), so a draw's faults depend on the draw's seed and nothing else.
 */
final class Samplers {

    private Samplers() {
    }

    static ShockModel.Sampler independent(Network n, double p) {
        String[] ids = n.validators().stream().filter(v -> v.stake() > 0).map(Validator::id).toArray(String[]::new);
        return (r, out) -> {
            for (String id : ids) {
                if (r.nextDouble() < p) {
                    out.fail(id);
                }
            }
        };
    }

    static ShockModel.Sampler copula(Network n, double p, double rho) {
        List<List<String>> units = new ArrayList<>(operators(n).values());
        double threshold = Gaussian.inverseCdf(p);
        double a = StrictMath.sqrt(rho);
        double b = StrictMath.sqrt(1 - rho);
        return (r, out) -> {
            double z = Gaussian.next(r);
            for (List<String> unit : units) {
                if (a * z + b * Gaussian.next(r) < threshold) {
                    unit.forEach(out::fail);
                }
            }
        };
    }

    static ShockModel.Sampler groups(Network n, Map<String, List<String>> groups, double p) {
        Map<String, List<String>> byOperator = operators(n);
        List<List<String>> members = new ArrayList<>();
        for (List<String> ids : groups.values()) {
            List<String> validators = new ArrayList<>();
            for (String id : ids) {
                validators.addAll(byOperator.getOrDefault(id, List.of(id)));
            }
            members.add(List.copyOf(validators));
        }
        return (r, out) -> {
            for (List<String> group : members) {
                if (r.nextDouble() < p) {
                    group.forEach(out::fail);
                }
            }
        };
    }

    static ShockModel.Sampler chainFaults(Network n, double rate, double fraction, List<String> chains) {
        List<String> ids = chains.isEmpty()
                ? n.chains().stream().filter(c -> c.kind() == ChainKind.AVS).map(Chain::id).toList() : chains;
        List<Fault.Slash> slashes = new ArrayList<>();
        for (String c : ids) {
            List<String> vs = n.allocationsTo(c).stream().map(Allocation::validator).distinct().toList();
            slashes.add(vs.isEmpty() ? null : new Fault.Slash(c, vs, fraction));
        }
        return (r, out) -> {
            for (Fault.Slash s : slashes) {
                if (r.nextDouble() < rate && s != null) {
                    out.addSlash(s);
                }
            }
        };
    }

    static ShockModel.Sampler prices(Map<String, Double> volatility, double rho) {
        List<String> assets = List.copyOf(volatility.keySet());
        double a = StrictMath.sqrt(rho);
        double b = StrictMath.sqrt(1 - rho);
        return (r, out) -> {
            double z = Gaussian.next(r);
            for (String asset : assets) {
                double sigma = volatility.get(asset);
                double x = a * z + b * Gaussian.next(r);
                double drop = 1 - StrictMath.exp(sigma * x - sigma * sigma / 2);
                if (drop > 0) {
                    out.addPrice(new Fault.PriceShock(asset, Math.min(1, drop)));
                }
            }
        };
    }

    /** Validator ids by operator, in file order; a validator without an operator is a unit of its own. */
    static Map<String, List<String>> operators(Network n) {
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (Validator v : n.validators()) {
            String key = v.operatorId().orElse(v.id());
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(v.id());
        }
        return units;
    }
}
