package dev.sse.model.io.json;

import dev.sse.model.montecarlo.ShockModel;
import dev.sse.model.network.Network;
import dev.sse.model.simulation.ScenarioIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a scenario's {@code "montecarlo"} block (docs/scenario-format.md, "Monte Carlo") to its draws, seed and
 * {@link ShockModel}s, collecting every issue with its JSON path ({@code $.montecarlo.shocks[1].probability}).
 * Ids are checked against the network when one is given.
 */
final class MonteCarloMapper {

    /** What the block says; null draws or seed when it does not say. */
    record Block(Integer draws, Long seed, List<ShockModel> shocks) {
    }

    private static final Map<String, List<String>> FIELDS = Map.of(
            "independent", List.of("probability"),
            "budget", List.of("budget"),
            "correlated", List.of("probability", "correlation"),
            "groups", List.of("groups", "probability"),
            "chain-faults", List.of("rate", "fraction", "chains"),
            "prices", List.of("volatility", "correlation"));

    private final List<ScenarioIssue> issues = new ArrayList<>();
    private final Network network;

    private MonteCarloMapper(Network network) {
        this.network = network;
    }

    /** The block (null when {@code value} is null: the scenario has none), adding issues to {@code out}. */
    static Block map(Object value, Network network, List<ScenarioIssue> out) {
        if (value == null) {
            return null;
        }
        MonteCarloMapper m = new MonteCarloMapper(network);
        Block b = m.block(value);
        out.addAll(m.issues);
        return m.issues.isEmpty() ? b : null;
    }

    private Block block(Object value) {
        String at = "$.montecarlo";
        if (!(value instanceof Map<?, ?> obj)) {
            issue(at, "must be an object with \"shocks\", got " + ScenarioMapper.describe(value));
            return null;
        }
        for (Object key : obj.keySet()) {
            if (!List.of("draws", "seed", "shocks", "note").contains(key)) {
                issue(at + "." + key, "unknown field; expected draws, seed, shocks");
            }
        }
        Integer draws = null;
        if (obj.containsKey("draws")) {
            Object d = obj.get("draws");
            if (d instanceof Long l && l >= 1 && l <= 100_000_000) {
                draws = l.intValue();
            } else {
                issue(at + ".draws", "must be a whole number from 1 to 100000000, got " + ScenarioMapper.describe(d));
            }
        }
        Long seed = null;
        if (obj.containsKey("seed")) {
            if (obj.get("seed") instanceof Long l) {
                seed = l;
            } else {
                issue(at + ".seed", "must be a whole number, got " + ScenarioMapper.describe(obj.get("seed")));
            }
        }
        List<ShockModel> shocks = new ArrayList<>();
        if (!(obj.get("shocks") instanceof List<?> items) || items.isEmpty()) {
            issue(at + ".shocks", obj.containsKey("shocks") ? "must be a non-empty array of shock models, got "
                    + ScenarioMapper.describe(obj.get("shocks")) : "missing: the block lists its \"shocks\"");
        } else {
            for (int i = 0; i < items.size(); i++) {
                ShockModel s = shock(at + ".shocks[" + i + "]", items.get(i));
                if (s != null) {
                    shocks.add(s);
                }
            }
        }
        return new Block(draws, seed, shocks);
    }

    private ShockModel shock(String at, Object value) {
        if (!(value instanceof Map<?, ?> f)) {
            issue(at, "a shock model must be a JSON object, got " + ScenarioMapper.describe(value));
            return null;
        }
        Object type = f.get("type");
        List<String> fields = type instanceof String t ? FIELDS.get(t) : null;
        if (fields == null) {
            issue(at + (f.containsKey("type") ? ".type" : ""), (f.containsKey("type") ? "unknown shock model "
                    + ScenarioMapper.describe(type) : "missing \"type\"") + "; expected one of " + String.join(", ", ShockModel.TYPES));
            return null;
        }
        for (Object key : f.keySet()) {
            if (!key.equals("type") && !key.equals("note") && !fields.contains(key)) {
                issue(at + "." + key, "unknown field for a " + type + " model; expected " + String.join(", ", fields));
            }
        }
        int before = issues.size();
        ShockModel m = switch ((String) type) {
            case "independent" -> new ShockModel.IndependentFailures(fraction(at, f, "probability", true, null));
            case "budget" -> new ShockModel.BudgetShock(fraction(at, f, "budget", false, null));
            case "correlated" -> new ShockModel.CorrelatedFailures(fraction(at, f, "probability", true, null),
                    fraction(at, f, "correlation", true, null));
            case "groups" -> new ShockModel.GroupFailures(groups(at, f), fraction(at, f, "probability", true, null));
            case "chain-faults" -> new ShockModel.ChainFaults(fraction(at, f, "rate", true, null),
                    fraction(at, f, "fraction", true, null), chains(at, f));
            default -> new ShockModel.PriceShocks(volatility(at, f), fraction(at, f, "correlation", true, 0.0));
        };
        return issues.size() == before ? m : null;
    }

    private Map<String, List<String>> groups(String at, Map<?, ?> f) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!(f.get("groups") instanceof Map<?, ?> g) || g.isEmpty()) {
            issue(at + ".groups", "must be a non-empty object {group: [operator or validator ids]}, got "
                    + ScenarioMapper.describe(f.get("groups")));
            return out;
        }
        for (Map.Entry<?, ?> e : g.entrySet()) {
            String path = JsonPaths.child(at + ".groups", String.valueOf(e.getKey()));
            if (!(e.getValue() instanceof List<?> ids) || ids.isEmpty()) {
                issue(path, "must be a non-empty array of operator or validator ids, got " + ScenarioMapper.describe(e.getValue()));
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int j = 0; j < ids.size(); j++) {
                Object id = ids.get(j);
                boolean known = id instanceof String s && (network == null || network.validator(s).isPresent()
                        || network.validators().stream().anyMatch(v -> s.equals(v.operator())));
                if (!known) {
                    issue(path + "[" + j + "]", id instanceof String s ? "unknown operator or validator '" + s + "'"
                            : "must be an operator or validator id (a string), got " + ScenarioMapper.describe(id));
                } else {
                    members.add((String) id);
                }
            }
            out.put(String.valueOf(e.getKey()), members);
        }
        return out;
    }

    private List<String> chains(String at, Map<?, ?> f) {
        if (!f.containsKey("chains")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!(f.get("chains") instanceof List<?> ids) || ids.isEmpty()) {
            issue(at + ".chains", "must be a non-empty array of chain ids, got " + ScenarioMapper.describe(f.get("chains")));
            return out;
        }
        for (int j = 0; j < ids.size(); j++) {
            Object id = ids.get(j);
            if (!(id instanceof String s) || (network != null && network.chain(s).isEmpty())) {
                issue(at + ".chains[" + j + "]", id instanceof String s ? "unknown chain '" + s + "'"
                        : "must be a chain id (a string), got " + ScenarioMapper.describe(id));
            } else if (out.contains(s)) {
                issue(at + ".chains[" + j + "]", "'" + s + "' is listed twice");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private Map<String, Double> volatility(String at, Map<?, ?> f) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!(f.get("volatility") instanceof Map<?, ?> v) || v.isEmpty()) {
            issue(at + ".volatility", "must be a non-empty object {asset: σ}, got " + ScenarioMapper.describe(f.get("volatility")));
            return out;
        }
        for (Map.Entry<?, ?> e : v.entrySet()) {
            String asset = String.valueOf(e.getKey());
            String path = JsonPaths.child(at + ".volatility", asset);
            double sigma = e.getValue() instanceof Number x ? x.doubleValue() : Double.NaN;
            if (network != null && network.asset(asset).isEmpty()) {
                issue(path, "unknown asset '" + asset + "'");
            } else if (!(sigma >= 0 && sigma <= 5)) {
                issue(path, "must be a volatility σ in [0, 5], got " + ScenarioMapper.describe(e.getValue()));
            } else {
                out.put(asset, sigma);
            }
        }
        return out;
    }

    private double fraction(String at, Map<?, ?> f, String key, boolean zeroAllowed, Double fallback) {
        if (!f.containsKey(key) && fallback != null) {
            return fallback;
        }
        Object v = f.get(key);
        double x = v instanceof Number n ? n.doubleValue() : Double.NaN;
        boolean ok = Double.isFinite(x) && x <= 1 && (zeroAllowed ? x >= 0 : x > 0);
        if (!ok) {
            String range = zeroAllowed ? "[0, 1]" : "(0, 1]";
            issue(at + "." + key, f.containsKey(key) ? "must be a number in " + range + ", got " + ScenarioMapper.describe(v)
                    : "missing \"" + key + "\" (a number in " + range + ")");
        }
        return ok ? x : 0;
    }

    private void issue(String path, String message) {
        issues.add(new ScenarioIssue(path, message));
    }
}
