#!/usr/bin/env python3
"""Consistency check for the bundled sample networks (network format v1), standard library only.

    python3 sample-networks/tools/check_samples.py [SAMPLES_DIR]

SAMPLES_DIR defaults to sample-networks/src/main/resources/dev/sse/samples. Checks index.tsv (4 tab-separated
fields, unique ids, every listed file exists, every JSON file is listed, the default sample is present) and
every network file (real snapshots, with a provenance block, keep their chain's exact decimals): known fields only (security, slashing, externalSecurity, dataAvailability and scenarios are open), unique ids, existing
references, consumer kinds (parachain, consumer, rollup, avs) and only they have securedBy, no securedBy
cycles, a chain's finalitySeconds / governance / securityCost and the bridges (two existing chains, trust
model fields, multisig k <= n with n signers, same-provider chains under one provider), thresholds and profits in range, no duplicate allocation pairs, explicit amounts <= stake and
summing to <= stake per validator (exact decimals), security fields in range, scenario faults naming
things that exist, and numbers written without a spurious ".0". Exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal

DEFAULT_ID = "cosmos-hub-ics"
TOP = {"format", "version", "name", "description", "source", "provenance", "assumptions", "adversaryFraction",
       "assets", "validators", "chains", "allocations", "bridges", "scenarios"}
ASSET = {"symbol", "priceUsd"}
VALIDATOR = {"id", "name", "stake", "asset", "operator"}
CHAIN = {"id", "name", "kind", "asset", "profitFromCorruption", "attackThreshold", "securedBy", "security",
         "slashing", "finalitySeconds", "governance", "securityCost", "externalSecurity", "dataAvailability"}
GOVERNANCE = {"model", "k", "n", "upgradeDelayDays"}
SECURITY_COST = {"inflationPerYear", "feesPerYear", "providerShare", "rewardsPerYear", "coretimePerYear"}
BRIDGE = {"id", "name", "kind", "chains", "value", "trust"}
BRIDGE_KINDS = {"ibc", "xcmp", "canonical", "third-party"}
TRUST = {"same-provider": {"model"}, "light-client": {"model"},
         "multisig": {"model", "k", "n", "signers", "signerStakes"},
         "external": {"model", "stake", "attackThreshold", "costOfCorruption"}}
ALLOCATION = {"validator", "chain", "amount"}
KINDS = {"relay", "parachain", "provider", "consumer", "l1", "rollup", "avs", "isolated", "service"}
CONSUMER_KINDS = {"parachain", "consumer", "rollup", "avs"}
SECURITY = {
    "consumer": {"topN", "powerCap", "optIn", "allowlist", "denylist"},
    "parachain": {"groupSize", "minimumBackingVotes", "neededApprovals"},
    "rollup": {"proof", "upgradeDelayDays", "exitDelayDays", "upgradable", "challengeWindowDays",
               "proofIntervalSeconds"},
}
FAULTS = {
    "shock": {"validators"},
    "double-sign": {"chain", "validators"},
    "downtime": {"chain", "validators"},
    "invalid-block": {"chain", "validators"},
    "slash": {"chain", "validators", "fraction"},
    "price-shock": {"asset", "drop"},
    "provider-failure": {"chain"},
    "key-compromise": {"operator"},
    "bridge-exploit": {"bridge"},
}
POLICIES = {"greedy", "myopic"}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def dec(x):
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def check_network(path):
    errors, warnings = [], []
    err, warn = errors.append, warnings.append
    raw = open(path, encoding="utf-8").read()
    try:
        net = json.loads(raw, parse_float=float)
    except json.JSONDecodeError as e:
        return [f"not JSON: {e}"], []
    if re.search(r"(?<![\w.])-?\d+\.0(?![\d])", re.sub(r'"(?:[^"\\]|\\.)*"', '""', raw)):
        err('a number is written with a spurious ".0"')
    for k in set(net) - TOP:
        err(f"unknown top-level field {k!r}")
    if net.get("format") != "shared-security-network" or net.get("version") != 1:
        err("format/version must be shared-security-network / 1")
    for k in ("name", "description", "source"):
        if not isinstance(net.get(k), str) or not net.get(k):
            err(f"{k} must be a non-empty string")
    if "adversaryFraction" in net and not (is_num(net["adversaryFraction"]) and 0 < net["adversaryFraction"] < 1):
        err("adversaryFraction must be in (0, 1)")

    assets = {}
    for i, a in enumerate(net.get("assets", [])):
        for k in set(a) - ASSET:
            err(f"assets[{i}]: unknown field {k!r}")
        if a.get("symbol") in assets:
            err(f"assets[{i}]: duplicate symbol {a.get('symbol')!r}")
        if not (is_num(a.get("priceUsd")) and a["priceUsd"] > 0):
            err(f"assets[{i}]: priceUsd must be > 0")
        assets[a.get("symbol")] = a

    def identified(where, item, fields, seen):
        """Checks an item's fields (only those in fields) and its id (a non-empty string not in seen); returns the id."""
        for k in set(item) - fields:
            err(f"{where}: unknown field {k!r}")
        iid = item.get("id")
        if not isinstance(iid, str) or not iid:
            err(f"{where}: id must be a non-empty string")
        if iid in seen:
            err(f"{where}: duplicate id {iid!r}")
        return iid

    vals = {}
    operators = set()
    for i, v in enumerate(net.get("validators", [])):
        vid = identified(f"validators[{i}]", v, VALIDATOR, vals)
        if not (is_num(v.get("stake")) and v["stake"] > 0):
            err(f"validators[{i}] ({vid}): stake must be a number > 0")
        elif "provenance" not in net and dec(v["stake"]) != dec(v["stake"]).quantize(Decimal("0.01")):
            err(f"validators[{i}] ({vid}): stake has more than 2 decimals")
        if "asset" in v and assets and v["asset"] not in assets:  # without assets, asset names are free labels
            err(f"validators[{i}] ({vid}): unknown asset {v['asset']!r}")
        if assets and "asset" not in v:
            warn(f"validators[{i}] ({vid}): no asset in a network with assets (price 1)")
        if "operator" in v:
            operators.add(v["operator"])
        vals[vid] = v
    if not vals:
        err("no validators")

    chains = {}
    for i, c in enumerate(net.get("chains", [])):
        cid = identified(f"chains[{i}]", c, CHAIN, chains)
        if cid in vals:
            warn(f"chains[{i}]: id {cid!r} is also a validator id")
        chains[cid] = c
        if c.get("kind") not in KINDS:
            err(f"chains[{i}] ({cid}): unknown kind {c.get('kind')!r}")
        if not (is_num(c.get("profitFromCorruption")) and c["profitFromCorruption"] >= 0):
            err(f"chains[{i}] ({cid}): profitFromCorruption must be a number >= 0")
        if "attackThreshold" in c and not (is_num(c["attackThreshold"]) and 0 < c["attackThreshold"] <= 1):
            err(f"chains[{i}] ({cid}): attackThreshold must be in (0, 1]")
        if "asset" in c and assets and c["asset"] not in assets:
            err(f"chains[{i}] ({cid}): unknown asset {c['asset']!r}")
        for k in ("security", "slashing", "governance", "securityCost", "externalSecurity", "dataAvailability"):
            if k in c and not isinstance(c[k], dict):
                err(f"chains[{i}] ({cid}): {k} must be an object")
        if "finalitySeconds" in c and not (is_num(c["finalitySeconds"]) and c["finalitySeconds"] > 0):
            err(f"chains[{i}] ({cid}): finalitySeconds must be > 0")
        gov = c.get("governance", {})
        for k in set(gov) - GOVERNANCE:
            err(f"chains[{i}] ({cid}): governance: unknown field {k!r}")
        if gov and gov.get("model") not in ("own", "provider", "security-council"):
            err(f"chains[{i}] ({cid}): governance.model must be own, provider or security-council")
        if gov.get("model") == "security-council" and not (
                isinstance(gov.get("k"), int) and isinstance(gov.get("n"), int) and 1 <= gov["k"] <= gov["n"]):
            err(f"chains[{i}] ({cid}): a security council needs whole k and n with 1 <= k <= n")
        cost = c.get("securityCost", {})
        for k, x in cost.items():
            if k not in SECURITY_COST:
                err(f"chains[{i}] ({cid}): securityCost: unknown field {k!r}")
            elif not (is_num(x) and x >= 0 and (k != "providerShare" or x <= 1)):
                err(f"chains[{i}] ({cid}): securityCost.{k} out of range")
    for cid, c in chains.items():
        kind = c.get("kind")
        if kind in CONSUMER_KINDS:
            if c.get("securedBy") not in chains:
                err(f"chain {cid}: kind {kind} needs securedBy naming an existing chain, got {c.get('securedBy')!r}")
        elif "securedBy" in c:
            err(f"chain {cid}: kind {kind} must not have securedBy")
    for cid in chains:  # cycles
        seen, cur = set(), cid
        while cur in chains and "securedBy" in chains[cur]:
            if cur in seen:
                err(f"chain {cid}: securedBy cycle")
                break
            seen.add(cur)
            cur = chains[cur]["securedBy"]

    pairs = set()
    explicit = defaultdict(Decimal)
    by_chain = defaultdict(list)
    for i, a in enumerate(net.get("allocations", [])):
        for k in set(a) - ALLOCATION:
            err(f"allocations[{i}]: unknown field {k!r}")
        vid, cid = a.get("validator"), a.get("chain")
        if vid not in vals:
            err(f"allocations[{i}]: unknown validator {vid!r}")
            continue
        if cid not in chains:
            err(f"allocations[{i}]: unknown chain {cid!r}")
            continue
        if (vid, cid) in pairs:
            err(f"allocations[{i}]: duplicate pair {vid} -> {cid}")
        pairs.add((vid, cid))
        by_chain[cid].append(a)
        if "amount" in a:
            amt = a["amount"]
            if not (is_num(amt) and amt > 0):
                err(f"allocations[{i}]: amount must be > 0")
                continue
            if dec(amt) > dec(vals[vid]["stake"]):
                err(f"allocations[{i}]: amount {amt} > stake {vals[vid]['stake']} of {vid}")
            if "provenance" not in net and dec(amt) != dec(amt).quantize(Decimal("0.01")):
                err(f"allocations[{i}]: amount has more than 2 decimals")
            explicit[vid] += dec(amt)
    for vid, total in explicit.items():
        if total > dec(vals[vid]["stake"]):
            err(f"validator {vid}: explicit amounts sum to {total} > stake {vals[vid]['stake']}")

    def securing(cid, depth=0):
        """Validator ids that (may) secure a chain: its own allocations, else its provider's."""
        if by_chain.get(cid):
            return {a["validator"] for a in by_chain[cid]}
        c = chains.get(cid, {})
        if c.get("securedBy") and depth < 20:
            return securing(c["securedBy"], depth + 1)
        return set()

    for cid, c in chains.items():
        kind = c.get("kind")
        sec = c.get("security", {})
        if not securing(cid) and c.get("profitFromCorruption", 0) > 0:
            err(f"chain {cid}: nothing secures it but its profit is > 0")
        if kind == "avs" and not by_chain.get(cid):
            err(f"chain {cid}: an AVS needs allocations from operators")
        known = SECURITY.get(kind, set())
        for k in sec:
            if k not in known:
                warn(f"chain {cid}: security field {k!r} is not one the explorer interprets for kind {kind}")
        if "topN" in sec and not (sec["topN"] == 0 or 50 <= sec["topN"] <= 100):
            err(f"chain {cid}: topN must be 0 or in [50, 100]")
        if "powerCap" in sec and not (is_num(sec["powerCap"]) and 0 < sec["powerCap"] <= 100):
            err(f"chain {cid}: powerCap must be a percentage in (0, 100]")
        for k in ("optIn", "allowlist", "denylist"):
            for v in sec.get(k, []):
                if v not in vals:
                    err(f"chain {cid}: security.{k} names unknown validator {v!r}")
        if sec.get("topN") == 0 and not sec.get("optIn"):
            warn(f"chain {cid}: opt-in chain (topN 0) without optIn validators")
        for k in ("groupSize", "minimumBackingVotes", "neededApprovals"):
            if k in sec and not (isinstance(sec[k], int) and sec[k] > 0):
                err(f"chain {cid}: security.{k} must be a positive integer")
        if "minimumBackingVotes" in sec and sec["minimumBackingVotes"] > sec.get("groupSize", 10 ** 9):
            err(f"chain {cid}: minimumBackingVotes > groupSize")
        if "proof" in sec and sec["proof"] not in ("optimistic", "zk"):
            err(f"chain {cid}: proof must be optimistic or zk")
        for k in ("challengeWindowDays", "proofIntervalSeconds"):
            if k in sec and not (is_num(sec[k]) and sec[k] >= 0):
                err(f"chain {cid}: {k} must be >= 0")
        if "upgradable" in sec and not isinstance(sec["upgradable"], bool):
            err(f"chain {cid}: upgradable must be a boolean")
        for k in ("upgradeDelayDays", "exitDelayDays"):
            if k in sec and not (is_num(sec[k]) and sec[k] >= 0):
                err(f"chain {cid}: {k} must be >= 0")

    def root(cid):
        seen = set()
        while chains.get(cid, {}).get("securedBy") in chains and cid not in seen:
            seen.add(cid)
            cid = chains[cid]["securedBy"]
        return cid

    bridges = {}
    for i, b in enumerate(net.get("bridges", [])):
        bid = identified(f"bridges[{i}]", b, BRIDGE, bridges)
        bridges[bid] = b
        if b.get("kind") not in BRIDGE_KINDS:
            err(f"bridges[{i}] ({bid}): unknown kind {b.get('kind')!r}")
        joined = b.get("chains", [])
        if len(joined) != 2 or len(set(joined)) != 2 or any(x not in chains for x in joined):
            err(f"bridges[{i}] ({bid}): chains must be two different existing chains")
            continue
        if not (is_num(b.get("value")) and b["value"] >= 0):
            err(f"bridges[{i}] ({bid}): value must be >= 0")
        t = b.get("trust", {})
        model = t.get("model")
        if model not in TRUST:
            err(f"bridges[{i}] ({bid}): unknown trust model {model!r}")
            continue
        for k in set(t) - TRUST[model]:
            err(f"bridges[{i}] ({bid}): trust: unknown field {k!r} for {model}")
        if model == "same-provider" and root(joined[0]) != root(joined[1]):
            err(f"bridges[{i}] ({bid}): same-provider chains have different providers")
        if model == "multisig":
            k, n = t.get("k"), t.get("n")
            signers = t.get("signers", t.get("signerStakes"))
            if not (isinstance(k, int) and isinstance(n, int) and 1 <= k <= n):
                err(f"bridges[{i}] ({bid}): multisig needs whole k and n with 1 <= k <= n")
            if ("signers" in t) == ("signerStakes" in t) or not isinstance(signers, list) or len(signers) != n:
                err(f"bridges[{i}] ({bid}): multisig needs exactly one of signers/signerStakes with n entries")
            for v in t.get("signers", []):
                if v not in vals:
                    err(f"bridges[{i}] ({bid}): unknown signer {v!r}")
            if len(set(t.get("signers", []))) != len(t.get("signers", [])):
                err(f"bridges[{i}] ({bid}): a signer is listed twice")
        if model == "external" and ("stake" in t) == ("costOfCorruption" in t):
            err(f"bridges[{i}] ({bid}): external needs exactly one of stake/costOfCorruption")

    for name, sc in net.get("scenarios", {}).items():
        where = f"scenario {name}"
        if not isinstance(sc.get("faults"), list) or not sc["faults"]:
            err(f"{where}: faults must be a non-empty list")
            continue
        if sc.get("policy", "greedy") not in POLICIES:
            warn(f"{where}: policy {sc.get('policy')!r} is not one of {sorted(POLICIES)}")
        if "seed" in sc and not isinstance(sc["seed"], int):
            err(f"{where}: seed must be an integer")
        for j, f in enumerate(sc["faults"]):
            t = f.get("type")
            if t not in FAULTS:
                err(f"{where}: fault {j}: unknown type {t!r}")
                continue
            for k in FAULTS[t] - set(f):
                err(f"{where}: fault {j} ({t}): missing {k!r}")
            for k in set(f) - FAULTS[t] - {"type"}:
                warn(f"{where}: fault {j} ({t}): extra field {k!r}")
            for v in f.get("validators", []):
                if v not in vals:
                    err(f"{where}: fault {j} ({t}): unknown validator {v!r}")
            if "chain" in f:
                c = chains.get(f["chain"])
                if c is None:
                    err(f"{where}: fault {j} ({t}): unknown chain {f['chain']!r}")
                    continue
                secured = securing(f["chain"])
                for v in f.get("validators", []):
                    if v in vals and v not in secured:
                        err(f"{where}: fault {j} ({t}): {v} does not secure {f['chain']}")
                if t == "invalid-block" and c.get("kind") != "parachain":
                    err(f"{where}: fault {j}: invalid-block needs a parachain")
                if t == "slash" and not by_chain.get(f["chain"]):
                    err(f"{where}: fault {j}: slash needs a chain with its own allocations (an AVS)")
                if t == "provider-failure" and not any(x.get("securedBy") == f["chain"] for x in chains.values()):
                    err(f"{where}: fault {j}: provider-failure on a chain that secures nothing")
            if t == "slash" and not (is_num(f.get("fraction")) and 0 < f["fraction"] <= 1):
                err(f"{where}: fault {j}: fraction must be in (0, 1]")
            if t == "price-shock":
                if f.get("asset") not in assets:
                    err(f"{where}: fault {j}: unknown asset {f.get('asset')!r}")
                if not (is_num(f.get("drop")) and 0 < f["drop"] < 1):
                    err(f"{where}: fault {j}: drop must be in (0, 1)")
            if t == "bridge-exploit" and f.get("bridge") not in bridges:
                err(f"{where}: fault {j}: unknown bridge {f.get('bridge')!r}")
            if t == "key-compromise" and f.get("operator") not in operators:
                err(f"{where}: fault {j}: no validator has operator {f.get('operator')!r}")
    return errors, warnings


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "src", "main", "resources", "dev", "sse",
                                                            "samples")
    failed = 0
    listed = {}
    for n, line in enumerate(open(os.path.join(d, "index.tsv"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) not in (4, 5) or not all(x.strip() for x in f) or len(f) == 5 and f[4] != "real":
            print(f"index.tsv:{n}: expected 4 non-empty tab-separated fields and an optional fifth, 'real'")
            failed += 1
            continue
        if f[0] in listed:
            print(f"index.tsv:{n}: duplicate id {f[0]}")
            failed += 1
        if f[1] != f[0] + ".json":
            print(f"index.tsv:{n}: file should be {f[0]}.json")
            failed += 1
        listed[f[0]] = f[1]
    if DEFAULT_ID not in listed:
        print(f"index.tsv: default sample {DEFAULT_ID} missing")
        failed += 1
    files = sorted(x for x in os.listdir(d) if x.endswith(".json"))
    for x in files:
        if x not in listed.values():
            print(f"{x}: not listed in index.tsv")
            failed += 1
    passed = 0
    for sid, fname in listed.items():
        path = os.path.join(d, fname)
        if not os.path.exists(path):
            print(f"{fname}: listed in index.tsv but missing")
            failed += 1
            continue
        errors, warnings = check_network(path)
        net = json.load(open(path, encoding="utf-8"))
        status = "FAIL" if errors else "ok"
        print(f"{status:4} {sid}: {len(net.get('chains', []))} chains, {len(net.get('validators', []))} validators, "
              f"{len(net.get('allocations', []))} allocations, {os.path.getsize(path):,} bytes")
        for e in errors:
            print(f"     error: {e}")
        for w in warnings:
            print(f"     warning: {w}")
        if errors:
            failed += 1
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
