package dev.sse.model.io.json;

import dev.sse.model.network.FileName;
import dev.sse.model.simulation.CascadePolicy;
import dev.sse.model.simulation.Scenario;
import dev.sse.model.simulation.ScenarioIssue;
import dev.sse.model.simulation.fault.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps plain JSON values (from a file or from a network file's {@code scenarios} settings) to a {@link Scenario},
 * collecting every issue with its JSON path (relative to {@code $}, the scenario's root). Format:
 * docs/scenario-format.md.
 */
final class ScenarioMapper {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "shock", List.of("validators", "budget"),
            "double-sign", List.of("chain", "validators"),
            "downtime", List.of("chain", "validators"),
            "invalid-block", List.of("chain", "validators", "offence"),
            "slash", List.of("chain", "validators", "fraction"),
            "price-shock", List.of("asset", "drop"),
            "provider-failure", List.of("chain"),
            "key-compromise", List.of("operator"),
            "bridge-exploit", List.of("bridge"));

    private final List<ScenarioIssue> issues = new ArrayList<>();

    private ScenarioMapper() {
    }

    /** The scenario, or null when there were issues (then {@code issues} is non-empty). */
    static Scenario map(String name, Object root, List<ScenarioIssue> issues) {
        ScenarioMapper m = new ScenarioMapper();
        Scenario s = m.scenario(name, root);
        issues.addAll(m.issues);
        return m.issues.isEmpty() ? s : null;
    }

    /** JSON path of a member: {@code $.a} for identifiers, {@code $['big one']} otherwise ({@link JsonPaths#child}). */
    static String child(String parent, String key) {
        return JsonPaths.child(parent, key);
    }

    private Scenario scenario(String name, Object root) {
        if (!(root instanceof Map<?, ?> obj)) {
            issue("$", "a scenario must be a JSON object, got " + describe(root));
            return null;
        }
        CascadePolicy policy = CascadePolicy.GREEDY;
        if (obj.containsKey("policy")) {
            Object p = obj.get("policy");
            policy = p instanceof String s ? CascadePolicy.fromJson(s).orElse(null) : null;
            if (policy == null) {
                issue("$.policy", "must be \"greedy\" or \"myopic\", got " + describe(p));
            }
        }
        long seed = Scenario.DEFAULT_SEED;
        if (obj.containsKey("seed")) {
            Object s = obj.get("seed");
            if (s instanceof Long || s instanceof Integer || s instanceof Short || s instanceof Byte) {
                seed = ((Number) s).longValue();
            } else {
                issue("$.seed", "must be a whole number, got " + describe(s));
            }
        }
        String label = obj.get("name") instanceof String n ? n : name;
        List<Fault> faults = new ArrayList<>();
        Object list = obj.get("faults");
        if (!(list instanceof List<?> items)) {
            issue("$.faults", list == null && !obj.containsKey("faults") ? "missing: a scenario lists its \"faults\" (may be [])"
                    : "must be an array of faults, got " + describe(list));
        } else {
            for (int i = 0; i < items.size(); i++) {
                Fault f = fault("$.faults[" + i + "]", items.get(i));
                if (f != null) {
                    faults.add(f);
                }
            }
        }
        return issues.isEmpty() ? new Scenario(label, faults, policy == null ? CascadePolicy.GREEDY : policy, seed) : null;
    }

    private Fault fault(String at, Object value) {
        if (!(value instanceof Map<?, ?> f)) {
            issue(at, "a fault must be a JSON object, got " + describe(value));
            return null;
        }
        Object type = f.get("type");
        List<String> fields = type instanceof String t ? FIELDS.get(t) : null;
        if (fields == null) {
            issue(at + (f.containsKey("type") ? ".type" : ""), (f.containsKey("type") ? "unknown fault type " + describe(type)
                    : "missing \"type\"") + "; expected one of " + String.join(", ", Fault.TYPES));
            return null;
        }
        for (Object key : f.keySet()) {
            if (!key.equals("type") && !key.equals("note") && !fields.contains(key)) {
                issue(child(at, (String) key), "unknown field for a " + type + " fault; expected " + String.join(", ", fields));
            }
        }
        int before = issues.size();
        Fault fault = switch ((String) type) {
            case "shock" -> shock(at, f);
            case "double-sign" -> new Fault.DoubleSign(id(at, f, "chain"), ids(at, f));
            case "downtime" -> new Fault.Downtime(id(at, f, "chain"), ids(at, f));
            case "invalid-block" -> new Fault.InvalidBlock(id(at, f, "chain"), ids(at, f), dispute(at, f));
            case "slash" -> new Fault.Slash(id(at, f, "chain"), ids(at, f), fraction(at, f, "fraction", true));
            case "price-shock" -> new Fault.PriceShock(id(at, f, "asset"), fraction(at, f, "drop", true));
            case "provider-failure" -> new Fault.ProviderFailure(id(at, f, "chain"));
            case "bridge-exploit" -> new Fault.BridgeExploit(id(at, f, "bridge"));
            default -> new Fault.KeyCompromise(id(at, f, "operator"));
        };
        return issues.size() == before ? fault : null;
    }

    private Fault shock(String at, Map<?, ?> f) {
        if (f.containsKey("validators") == f.containsKey("budget")) {
            issue(at, "a shock names either \"validators\" or a \"budget\" (a fraction of all stake), not "
                    + (f.containsKey("budget") ? "both" : "neither"));
            return null;
        }
        return f.containsKey("budget") ? new Fault.RandomShock(fraction(at, f, "budget", false)) : new Fault.Shock(ids(at, f));
    }

    private Fault.Dispute dispute(String at, Map<?, ?> f) {
        if (!f.containsKey("offence")) {
            return Fault.Dispute.FOR_INVALID_BACKED;
        }
        Object v = f.get("offence");
        Fault.Dispute d = v instanceof String s ? FileName.parse(Fault.Dispute.class, s).orElse(null) : null;
        if (d == null) {
            issue(child(at, "offence"), "must be \"for-invalid-backed\", \"for-invalid-approved\" or \"against-valid\", got "
                    + describe(v));
            return Fault.Dispute.FOR_INVALID_BACKED;
        }
        return d;
    }

    private String id(String at, Map<?, ?> f, String key) {
        Object v = f.get(key);
        if (v instanceof String s && !s.isEmpty()) {
            return s;
        }
        issue(child(at, key), f.containsKey(key) ? "must be a non-empty string id, got " + describe(v) : "missing \"" + key + "\"");
        return "";
    }

    private List<String> ids(String at, Map<?, ?> f) {
        String path = child(at, "validators");
        Object v = f.get("validators");
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            issue(path, f.containsKey("validators") ? "must be a non-empty array of validator ids, got " + describe(v)
                    : "missing \"validators\"");
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < list.size(); j++) {
            if (!(list.get(j) instanceof String s) || s.isEmpty()) {
                issue(path + "[" + j + "]", "must be a validator id (a string), got " + describe(list.get(j)));
            } else if (!seen.add(s)) {
                issue(path + "[" + j + "]", "'" + s + "' is listed twice in this fault");
            } else {
                ids.add(s);
            }
        }
        return ids;
    }

    private double fraction(String at, Map<?, ?> f, String key, boolean zeroAllowed) {
        Object v = f.get(key);
        double x = v instanceof Number n ? n.doubleValue() : Double.NaN;
        boolean ok = Double.isFinite(x) && x <= 1 && (zeroAllowed ? x >= 0 : x > 0);
        if (!ok) {
            String range = zeroAllowed ? "[0, 1]" : "(0, 1]";
            issue(child(at, key), f.containsKey(key) ? "must be a number in " + range + ", got " + describe(v)
                    : "missing \"" + key + "\" (a number in " + range + ")");
        }
        return ok ? x : 0;
    }

    private void issue(String path, String message) {
        issues.add(new ScenarioIssue(path, message));
    }

    static String describe(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        } else if (v instanceof Map) {
            return "an object";
        } else if (v instanceof List) {
            return "an array";
        }
        return String.valueOf(v);
    }
}
