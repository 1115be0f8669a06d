#!/usr/bin/env python3
"""Sanity analysis of a sample network in the Durvasula-Roughgarden model (NOT the app's solver).

    python3 sample-networks/tools/analyse.py FILE.json [--scenario NAME ...]

Needs scipy (HiGHS MILP). Prints the best attack (max pi(A) - sigma(B)), the margin gamma* (Dinkelbach),
the EigenLayer condition (Claim 1), and for each scenario the best attack after its faults.

Model used here (a simplification, for checking the numbers the generators document):
- value = stake x asset price (1 without assets); profits in the same unit;
- pooled allocations (no amount): the validator's whole stake backs every such chain and is paid once;
- explicit amounts (unique stake): each (validator, chain) slot is a separate DR validator;
- a chain without allocations inherits its securedBy chain's set (topN < 100 keeps the top-N% by value,
  topN 0 keeps optIn; power caps are ignored);
- faults: shock / key-compromise remove validators; slash cuts the slot (unique) or the whole stake
  (pooled) by the fraction; price-shock scales an asset's price; double-sign / downtime / invalid-block
  are treated as a shock of the named validators (worst case); provider-failure is reported, not modelled.
"""
import json
import sys
from collections import defaultdict

import os
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

TIME_LIMIT = float(os.environ.get("ANALYSE_TIME_LIMIT", "30"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build(net, removed=frozenset(), slashed=None, price_drop=None):
    """Returns nodes {node: value}, services {chain: (pi, alpha, [nodes])}."""
    slashed = slashed or {}
    price = {a["symbol"]: a["priceUsd"] for a in net.get("assets", [])}
    for sym, drop in (price_drop or {}).items():
        price[sym] *= 1 - drop
    vals = {v["id"]: v for v in net["validators"]}
    val_value = {}
    for vid, v in vals.items():
        p = price.get(v.get("asset"), 1.0)
        val_value[vid] = v["stake"] * p
    nodes = {}
    members = defaultdict(list)
    pooled_cut = defaultdict(float)  # pooled validators: total slashed fraction of the whole stake
    for (vid, cid), frac in slashed.items():
        pooled_cut[vid] = 1 - (1 - pooled_cut[vid]) * (1 - frac)
    for a in net["allocations"]:
        vid, cid = a["validator"], a["chain"]
        if vid in removed:
            continue
        if "amount" in a:
            p = price.get(vals[vid].get("asset"), 1.0)
            node = (vid, cid)
            nodes[node] = a["amount"] * p * (1 - slashed.get((vid, cid), 0.0))
        else:
            node = vid
            nodes[node] = val_value[vid] * (1 - pooled_cut[vid])
        members[cid].append(node)
    chains = {c["id"]: c for c in net["chains"]}

    def inherited(cid, seen=()):
        if members.get(cid):
            return members[cid]
        c = chains[cid]
        if c.get("securedBy") and cid not in seen:
            base = inherited(c["securedBy"], seen + (cid,))
            sec = c.get("security", {})
            top = sec.get("topN")
            if top == 0 and "optIn" in sec:
                keep = set(sec["optIn"])
                return [n for n in base if (n if isinstance(n, str) else n[0]) in keep]
            if top is not None and 0 < top < 100:
                ordered = sorted(base, key=lambda n: -nodes[n])
                tot = sum(nodes[n] for n in ordered)
                acc, out = 0.0, []
                for n in ordered:
                    if acc >= top / 100 * tot:
                        break
                    out.append(n)
                    acc += nodes[n]
                return out
            return base
        return []

    services = {}
    for cid, c in chains.items():
        services[cid] = (c.get("profitFromCorruption", 0), c.get("attackThreshold", 2 / 3), inherited(cid))
    return nodes, services


def solve(nodes, services, lam=None):
    """lam None: max pi(A) - sigma(B). Else: min sigma(B) - lam*pi(A) over attacks with A non-empty."""
    node_ids = list(nodes)
    idx = {n: i for i, n in enumerate(node_ids)}
    svc = [s for s, (pi, _, _) in services.items() if pi > 0]
    nv, ns = len(node_ids), len(svc)
    sig = np.array([nodes[n] for n in node_ids])
    pis = np.array([services[s][0] for s in svc], dtype=float)
    scale = max(sig.max(initial=1), pis.max(initial=1))
    sig_s, pis_s = sig / scale, pis / scale
    rows, lb = [], []
    for j, s in enumerate(svc):
        pi, alpha, mem = services[s]
        row = np.zeros(nv + ns)
        total = sum(nodes[n] for n in mem) / scale
        for n in mem:
            row[idx[n]] = nodes[n] / scale
        row[nv + j] = -alpha * total
        rows.append(row)
        lb.append(-1e-12)
    if lam is None:
        c = np.concatenate([sig_s, -pis_s])
    else:
        c = np.concatenate([sig_s, -lam * pis_s])
        row = np.zeros(nv + ns)
        row[nv:] = 1
        rows.append(row)
        lb.append(1)
    cons = LinearConstraint(np.array(rows), lb, np.inf) if rows else None
    res = milp(c, constraints=cons, integrality=np.ones(nv + ns), bounds=Bounds(0, 1),
               options={"mip_rel_gap": 0, "time_limit": TIME_LIMIT})
    if res.x is None:
        return None
    x = res.x
    B = [node_ids[i] for i in range(nv) if x[i] > 0.5]
    A = [svc[j] for j in range(ns) if x[nv + j] > 0.5]
    sb = sum(nodes[n] for n in B)
    pa = sum(services[s][0] for s in A)
    return A, B, pa, sb, res.status


def margin(nodes, services):
    total = sum(nodes.values())
    pis = sum(pi for pi, _, _ in services.values())
    if pis <= 0:
        return None, None
    lam = total / pis
    best = None
    unproven = False
    for _ in range(8):
        r = solve(nodes, services, lam)
        if r is None:
            break
        A, B, pa, sb, status = r
        unproven |= status != 0
        if pa <= 0:
            break
        ratio = sb / pa
        if ratio >= lam * (1 - 1e-9):
            break
        lam, best = ratio, (A, B)
    else:
        unproven = True
    if unproven:
        print("   (margin search hit a limit: gamma* below is only an upper bound)")
    return lam - 1, best


def claim1(nodes, services):
    load = defaultdict(float)
    for s, (pi, alpha, mem) in services.items():
        tot = sum(nodes[n] for n in mem)
        if tot > 0:
            for n in mem:
                load[n] += pi / (alpha * tot)
    return max(load.values()) if load else 0.0


def label(n):
    return n if isinstance(n, str) else n[0] + "@" + n[1]


def report(net, title, removed=frozenset(), slashed=None, price_drop=None, with_margin=True):
    nodes, services = build(net, removed, slashed, price_drop)
    total0 = sum(build(net)[0].values())
    print(f"== {title}: {len(nodes)} nodes, stake value {sum(nodes.values()):.4g} (of {total0:.4g})")
    r = solve(nodes, services)
    A, B, pa, sb, status = r
    if status != 0:
        print("   (time limit: the best attack below is not proven optimal)")
    if pa > sb:
        print(f"   INSECURE: best attack gains {pa:.4g} for {sb:.4g} (net {pa - sb:.4g}); services {sorted(A)}; "
              f"{len(B)} attackers = {sb / total0:.1%} of the original stake")
    else:
        print("   secure: no profitable attack")
    if with_margin:
        g, best = margin(nodes, services)
        if g is not None:
            print(f"   margin gamma* = {g:.4f}" + (f" (tightest: {sorted(best[0])[:6]}..., {len(best[1])} attackers)" if best else ""))
        print(f"   Claim 1 max load = {claim1(nodes, services):.4f} (<= 1 passes)")


def main():
    path = sys.argv[1]
    net = load(path)
    report(net, net["name"])
    for name, sc in net.get("scenarios", {}).items():
        removed, slashed, drop = set(), {}, {}
        ops = defaultdict(set)
        for v in net["validators"]:
            if "operator" in v:
                ops[v["operator"]].add(v["id"])
        for f in sc["faults"]:
            t = f["type"]
            if t in ("shock", "double-sign", "downtime", "invalid-block"):
                removed |= set(f["validators"])
            elif t == "key-compromise":
                removed |= ops[f["operator"]]
            elif t == "slash":
                for v in f["validators"]:
                    slashed[(v, f["chain"])] = f["fraction"]
            elif t == "price-shock":
                drop[f["asset"]] = f["drop"]
            else:
                print(f"   ({t} not modelled here)")
        report(net, f"scenario {name}", frozenset(removed), slashed, drop, with_margin=False)


if __name__ == "__main__":
    main()
