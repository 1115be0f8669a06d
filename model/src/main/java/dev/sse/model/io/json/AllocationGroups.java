package dev.sse.model.io.json;

import dev.sse.model.network.Allocation;
import dev.sse.model.network.Chain;
import dev.sse.model.network.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dense form of a large pooled set (format version 2, issue 22): one {@code allocations[]} entry
 * {@code {"chain": C, "validatorsOf": P, "except": [ids]}} stands for a pooled allocation to C of every validator
 * pooled to P, in P's order, but those in {@code except}. An ICS consumer's recorded set is its provider's top
 * validators, so 10,000 validators × 100 consumers are 100 short entries instead of 1,000,000 (120 MB, over the
 * reader's document limit). The writer uses it for a chain of at least {@value #MIN_SIZE} pooled allocations whose
 * validators are, in order, its {@code securedBy} chain's pooled validators but fewer; smaller networks are written
 * one allocation per entry, byte for byte as before.
 */
final class AllocationGroups {

    static final String KEY = "validatorsOf";
    static final String EXCEPT = "except";
    static final List<String> FIELDS = List.of("chain", KEY, EXCEPT);
    /** Smallest set the writer groups: every bundled sample stays one allocation per entry. */
    static final int MIN_SIZE = 1_000;

    /** A group as written: the chain whose pooled validators it takes, and those it leaves out. */
    record Group(String validatorsOf, List<String> except) {
    }

    private AllocationGroups() {
    }

    /** The chains the writer writes as a group (by chain id, in file order), with their groups. */
    static Map<String, Group> plan(Network n) {
        Map<String, Group> out = new LinkedHashMap<>();
        if (n.allocations().size() < MIN_SIZE) {
            return out;
        }
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Integer> last = new LinkedHashMap<>();
        List<Allocation> all = n.allocations();
        for (int i = 0; i < all.size(); i++) {
            first.putIfAbsent(all.get(i).chain(), i);
            last.put(all.get(i).chain(), i);
        }
        for (Chain c : n.chains()) {
            List<Allocation> mine = n.allocationsTo(c.id());
            String p = c.securedBy();
            if (mine.size() < MIN_SIZE || p == null || !first.containsKey(p) || out.containsKey(p)
                    || last.get(p) > first.get(c.id()) || last.get(c.id()) - first.get(c.id()) + 1 != mine.size()) {
                continue;
            }
            String id = c.id();
            if (out.values().stream().anyMatch(g -> g.validatorsOf().equals(id))) {
                continue;
            }
            List<String> except = except(n.allocationsTo(p), mine);
            if (except != null && except.size() < mine.size()) {
                out.put(c.id(), new Group(p, except));
            }
        }
        return out;
    }

    /** P's pooled validators missing from {@code mine}, or null when {@code mine} is not P's pooled set, in order, minus some. */
    private static List<String> except(List<Allocation> provider, List<Allocation> mine) {
        List<String> except = new ArrayList<>();
        int j = 0;
        for (Allocation a : provider) {
            if (a.amount().isPresent()) {
                return null;
            }
            if (j < mine.size() && mine.get(j).validator().equals(a.validator())) {
                if (mine.get(j).amount().isPresent()) {
                    return null;
                }
                j++;
            } else {
                except.add(a.validator());
            }
        }
        return j == mine.size() ? except : null;
    }

    /** Reports every group in a file that says version 1. */
    static void refuseInVersion1(JsonTree.Obj root, Problems problems) {
        JsonTree.Member m = root.member("allocations");
        if (m != null && m.value() instanceof JsonTree.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                if (arr.items().get(i) instanceof JsonTree.Obj item && item.member(KEY) != null) {
                    problems.add(item.member(KEY).keyLoc(), JsonPaths.child(JsonPaths.index(JsonPaths.child(
                            JsonPaths.ROOT, "allocations"), i), KEY), "'" + KEY + "' (an allocation group) needs "
                            + "\"version\": 2; this file says version 1");
                }
            }
        }
    }

    /** A group read from the file, to expand once every single allocation is known. */
    record Read(String chain, String validatorsOf, Set<String> except, Fields at) {
    }

    /**
     * The group's allocations: pooled, to {@code g.chain()}, one per validator pooled to {@code g.validatorsOf()} in
     * {@code singles} (in their order) but those excepted; problems are reported at the group.
     */
    static List<Allocation> expand(Read g, List<Allocation> singles, Set<String> grouped) {
        Fields f = g.at();
        if (g.chain().equals(g.validatorsOf())) {
            f.problem(f.node(), f.pathOf(KEY), "must name another chain than 'chain'");
            return List.of();
        }
        if (grouped.contains(g.validatorsOf())) {
            f.problem(f.node(), f.pathOf(KEY), "chain '" + JsonPaths.shown(g.validatorsOf()) + "' is itself given "
                    + "by a group; name a chain whose allocations are listed one by one");
            return List.of();
        }
        List<Allocation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Allocation a : singles) {
            if (a.chain().equals(g.chain())) {
                f.problem(f.node(), f.path(), "chain '" + JsonPaths.shown(g.chain()) + "' has a group and also "
                        + "single allocations; give its set one way");
                return List.of();
            }
            if (a.chain().equals(g.validatorsOf()) && a.amount().isEmpty()) {
                seen.add(a.validator());
                if (!g.except().contains(a.validator())) {
                    out.add(Allocation.pooled(a.validator(), g.chain()));
                }
            }
        }
        for (String id : g.except()) {
            if (!seen.contains(id)) {
                f.problem(f.node(), f.pathOf(EXCEPT), "validator '" + JsonPaths.shown(id) + "' is not pooled to chain '"
                        + JsonPaths.shown(g.validatorsOf()) + "', so it cannot be excepted");
                return List.of();
            }
        }
        return out;
    }
}
