package dev.sse.views.graph.layout;

import dev.sse.model.network.graph.NodeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evens out a force-directed picture. Fruchterman–Reingold packs the chains and the validators that secure many of
 * them into a tight core and flings validators with one allocation far out (eigenlayer-pooled: 12 AVSs and
 * their labels on top of one another in a few per cent of the picture). Two deterministic passes fix that without
 * losing what the forces found:
 * <ol>
 *   <li>{@link #equalize}: every node keeps its direction from the centre and its rank in distance, but the
 *       distances are remapped so that the nodes fill a disc evenly (the k-th nearest of n at R·√((k+½)/n));</li>
 *   <li>{@link #separate}: glyphs that still overlap (chains with room for their label) are pushed apart along
 *       the line between them, a few sweeps over a grid of cells.</li>
 * </ol>
 */
final class Spread {

    /** Room kept around a chain, in world units beyond its radius, for its label: at least this... */
    static final double CHAIN_ROOM = 34;
    /**
     * ...or this share of the layout's side: labels keep their size on screen, so the bigger the layout, the more
     * world units a label covers at the zoom that fits it (eigenlayer-pooled: side 1,313, room 118).
     */
    static final double CHAIN_ROOM_SHARE = 0.09;
    /** Room between two validator glyphs, in world units. */
    static final double VALIDATOR_ROOM = 2;
    private static final int SWEEPS = 30;

    private Spread() {
    }

    /** Same directions and distance ranks around the centroid, distances remapped to fill a disc of {@code radius}. */
    static Map<NodeRef, Position> equalize(Map<NodeRef, Position> in, double radius) {
        List<NodeRef> nodes = new ArrayList<>(in.keySet());
        int n = nodes.size();
        double cx = in.values().stream().mapToDouble(Position::x).average().orElse(0);
        double cy = in.values().stream().mapToDouble(Position::y).average().orElse(0);
        Integer[] order = new Integer[n];
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            Position p = in.get(nodes.get(i));
            distance[i] = Math.hypot(p.x() - cx, p.y() - cy);
        }
        // a stable sort: equal distances keep the graph's order, so the picture is the same every time
        Arrays.sort(order, (a, b) -> Double.compare(distance[a], distance[b]));
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        Position[] placed = new Position[n];
        for (int rank = 0; rank < n; rank++) {
            int i = order[rank];
            Position p = in.get(nodes.get(i));
            double r = radius * Math.sqrt((rank + 0.5) / n);
            double angle = distance[i] == 0 ? 2 * Math.PI * rank / Math.max(1, n) : Math.atan2(p.y() - cy, p.x() - cx);
            placed[i] = new Position(r * Math.cos(angle), r * Math.sin(angle));
        }
        for (int i = 0; i < n; i++) {
            out.put(nodes.get(i), placed[i]);
        }
        return out;
    }

    /**
     * Pushes overlapping glyphs apart: each node needs {@code room.get(node)} world units around its centre.
     * Nodes in {@code fixed} (the hubs that lend security) stay put and the other node of a pair moves the whole
     * way, so a hub the forces put in the middle stays there.
     */
    static Map<NodeRef, Position> separate(Map<NodeRef, Position> in, Map<NodeRef, Double> room, Set<NodeRef> fixed) {
        List<NodeRef> nodes = new ArrayList<>(in.keySet());
        int n = nodes.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] need = new double[n];
        boolean[] pinned = new boolean[n];
        double cell = 1;
        for (int i = 0; i < n; i++) {
            pinned[i] = fixed.contains(nodes.get(i));
            x[i] = in.get(nodes.get(i)).x();
            y[i] = in.get(nodes.get(i)).y();
            need[i] = room.getOrDefault(nodes.get(i), VALIDATOR_ROOM);
            cell = Math.max(cell, 2 * need[i]);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            Map<Long, List<Integer>> grid = new HashMap<>();
            for (int i = 0; i < n; i++) {
                grid.computeIfAbsent(key(Math.floorDiv((long) Math.floor(x[i]), (long) cell),
                        Math.floorDiv((long) Math.floor(y[i]), (long) cell)), k -> new ArrayList<>()).add(i);
            }
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                long gx = Math.floorDiv((long) Math.floor(x[i]), (long) cell);
                long gy = Math.floorDiv((long) Math.floor(y[i]), (long) cell);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (int j : grid.getOrDefault(key(gx + dx, gy + dy), List.of())) {
                            if (j <= i) {
                                continue;
                            }
                            double ddx = x[j] - x[i];
                            double ddy = y[j] - y[i];
                            double d = Math.hypot(ddx, ddy);
                            double overlap = need[i] + need[j] - d;
                            if (overlap <= 0) {
                                continue;
                            }
                            if (d < 1e-9) { // on the same spot: part them along a direction fixed by the indices
                                double a = (i * 7919 + j) % 360 * Math.PI / 180;
                                ddx = Math.cos(a);
                                ddy = Math.sin(a);
                                d = 1;
                            }
                            double share = pinned[i] == pinned[j] ? 0.5 : 1;
                            double push = overlap * share / d;
                            if (!pinned[i] || pinned[j]) {
                                x[i] -= ddx * push;
                                y[i] -= ddy * push;
                            }
                            if (!pinned[j] || pinned[i]) {
                                x[j] += ddx * push;
                                y[j] += ddy * push;
                            }
                            moved = true;
                        }
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        Map<NodeRef, Position> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(nodes.get(i), new Position(x[i], y[i]));
        }
        return out;
    }

    private static long key(long gx, long gy) {
        return gx * 1_000_003L + gy;
    }
}
