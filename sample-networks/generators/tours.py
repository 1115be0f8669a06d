import json, sys, os
out = sys.argv[1]
def step(caption, fit=None, hl=None, action=None, pause=None):
    s = {"caption": caption}
    if fit: s["fit"] = fit
    if hl: s["highlight"] = hl
    if action: s["action"] = action
    if pause is not None: s["pause"] = pause
    return s
def inject(f): return {"do": "inject", "fault": f}
def play(r="end"): return {"do": "play", "round": r}
tours = []
CONS = ["neutron", "stride", "zone-c", "zone-d"]
# the validators that opted in to Zone D (cosmos-hub-ics.json, chains[zone-d].security.optIn)
ZONE_D_OPT_IN = ["v23", "v28", "v41", "v48", "v52", "v63", "v82", "v85", "v86", "v91", "v100", "v116"]
tours.append(("security-as-a-service", "cosmos-hub-ics", "Security as a service",
 "One validator set secures many chains: the Cosmos Hub and its consumer chains.", [
 step("A blockchain is kept honest by its [validators|validator]: computers that check and sign every block. Each one locks money as a deposit, its [stake], that it loses if it cheats. Here are the **Cosmos Hub** and four smaller chains around it.", hl=["hub"]),
 step("The Hub's 175 validators lock about **206 million ATOM**, some **2.69 B USD** in this sample. Cheating costs part of that deposit ([slashing]); that threat is what keeps the Hub safe.", fit=["hub"], hl=["hub"]),
 step("**Neutron** and **Stride** have no validators of their own. They are [consumer chains|consumer-chain]: the Hub's validators run them too. This is [security as a service]: one [unified validator set] secures many chains.", fit=["hub", "neutron", "stride"], hl=["neutron", "stride"]),
 step("To take over Neutron an attacker must control two thirds of the Hub's stake: a [cost of corruption] of about **1.79 B USD** (the cheapest attack the solver found) for a [profit from corruption] of **100 M USD**. Not worth it.", fit=["neutron", "hub"], hl=["neutron"]),
 step("Not every consumer gets the whole set. **Zone D** is opt-in: only **12** validators chose to run it, so it is secured by about **123 M USD**, not 2.69 B.", fit=["zone-d"] + ZONE_D_OPT_IN, hl=["zone-d"] + ZONE_D_OPT_IN),
 step("The price of renting security is sharing fate: the Hub's [blast radius] is **4**. If the Hub stops, all four consumers stop with it (the tour “Systemic risk” plays that).", hl=["hub"] + CONS),
 ]))
tours.append(("bootstrapping", "textbook-shared-vs-isolated", "The bootstrapping problem",
 "A young chain on its own is cheap to attack; the same chain on shared security is not.", [
 step("Two ways to start a new chain. **I1** and **I2** are isolated chains with small validator sets of their own ([sovereignty]). Provider **P** lends its four validators to the consumer chains **C1** and **C2**.", hl=["I1", "I2", "P"]),
 step("A young chain has little [stake]: I1's two validators hold only **10** (value units). But whoever controls I1 could take **15** from it: its [profit from corruption].", fit=["I1", "i1a", "i1b"], hl=["I1"]),
 step("Buying two thirds of I1 costs **10** and pays **15**. Its [cost of corruption] is below the prize, so I1 is insecure from its first day. That is the **bootstrapping problem**: value arrives before stake does.", fit=["I1"], hl=["i1a", "i1b"]),
 step("**C1** is worth the same 15 to an attacker, but it is secured by P's validators and their **100** of stake: corrupting it costs **70**.", fit=["C1", "P", "p1", "p2", "p3", "p4"], hl=["C1"]),
 step("The real samples tell the same story: on its own validators **Stride** costs about **20 M USD** to corrupt while protecting 150 M; as a consumer of the Cosmos Hub it costs about **1.79 B USD**. This is why young chains rent [security as a service].", hl=["C1", "C2"]),
 step("The trade-off: shared fate. Suppose P's largest validator **p1** loses its stake to a hack (a [shock]).", fit=["p1", "P"], hl=["p1"], action=inject({"type": "shock", "validators": ["p1"]})),
 step("With p1 gone, **p2** and **p4** reach two thirds of P, C1 and C2. Together with I1's validators they burn **50** of stake to take chains worth **60**: four chains fall in one round ([cascade]).", hl=["p2", "p4", "P", "C1", "C2", "I1"], action=play(1)),
 ]))
tours.append(("economic-finality", "cosmos-hub-ics", "Economic finality and slashing",
 "A double-sign on a consumer chain, the slash on the provider, the tombstone.", [
 step("Validators sign every block. Signing two different blocks at the same height, a [double-sign], could make a payment appear and later vanish.", fit=["neutron"], hl=["neutron"]),
 step("[Economic finality]: a signed block counts as final because undoing it would cost its signers real money. Their stake is on the line.", hl=["hub"]),
 step("Here validator **v4** double-signs on **Neutron**.", fit=["v4", "neutron"], hl=["v4"], action=inject({"type": "double-sign", "chain": "neutron", "validators": ["v4"]})),
 step("Neutron holds no stake itself, so the evidence goes to the Hub, and the Hub slashes **5%** of v4's stake: **6.86 M of 137 M** ([slashing]).", fit=["v4", "hub"], hl=["v4", "hub"], action=play(0)),
 step("v4 is also [tombstoned|tombstoning]: jailed forever, it leaves the validator set of the Hub and of every consumer. A double-signer never comes back with the same key.", fit=["v4"], hl=["v4"]),
 step("Does anything cascade? No: **0.255%** of all stake was lost, and every coalition would still burn more than it could gain. One misbehaving validator is absorbed.", action=play()),
 step("Compare [jailing]: in the scenario “stride-downtime” (Simulate menu) six validators go offline on Stride. They are jailed, lose **no stake** on a consumer, and may come back.", hl=["stride"]),
 ]))
HB = ["v0020", "v0125", "v0157", "v0472", "v0505"]
tours.append(("polkadot-approval-checking", "polkadot", "Polkadot: approval checking",
 "Why backing an invalid parachain block costs 100%, and how approval checking catches it.", [
 step("**Polkadot**: one relay chain with **600** validators secures **20** [parachains|parachain]. All of them share the relay's stake, about **5.35 B USD** here.", hl=["relay"]),
 step("Not all 600 validators check every parachain block. A small [backing] group, **5** validators for **Hydration**, checks each new block first and vouches for it.", fit=["hydration"], hl=["hydration"]),
 step("Five validators could be bribed. So every backed block is checked again by randomly chosen validators: [approval checking], **30** approvals here. One checker who finds the block invalid starts a dispute that the whole set decides.", hl=["hydration", "relay"]),
 step("Suppose all five backers vouch for an invalid Hydration block.", fit=HB + ["hydration"], hl=HB, action=inject({"type": "invalid-block", "chain": "hydration", "validators": HB})),
 step("Approval checkers catch it and Polkadot slashes invalid backing at **100%**: the five lose **46 M USD** between them (**10.8 M** for v0020 alone) and are chilled.", fit=HB, hl=HB, action=play(0)),
 step("Why 100%? A backer's vote is all that stands between users and an invalid block. A small fine would make cheating a good bet whenever the prize is larger; losing everything never is. That is [economic finality] per block.", hl=HB),
 step("Nothing cascades: 595 validators remain, and corrupting the relay would still cost about **3.57 B USD** ([cost of corruption]).", hl=["relay"], action=play()),
 ]))
tours.append(("systemic-risk", "cosmos-hub-ics", "Systemic risk: the blast radius",
 "A provider failure and everything that falls with it.", [
 step("Shared security ties chains together. That is its strength, and its risk: what one chain relies on, all of them rely on.", hl=["hub"] + CONS),
 step("The Hub's [blast radius] is **4**: four chains are secured by it and fall if it falls.", fit=["hub"], hl=["hub"]),
 step("Only **7** validators hold more than a third of the Hub's stake (its [Nakamoto coefficient]): enough to stop it, and with it every consumer.", fit=["hub"], hl=["v1", "v2", "v3", "v4", "v5", "v6", "v7"]),
 step("Suppose the Hub halts: a consensus bug, no cheating involved.", hl=["hub"], action=inject({"type": "provider-failure", "chain": "hub"})),
 step("**Neutron, Stride, Zone C and Zone D** go down at the same moment. Not one token was slashed (**0** of 2.69 B lost), yet five chains stopped.", hl=CONS, action=play(0)),
 step("Isolated chains fail one at a time, but each is cheaper to attack (tour “The bootstrapping problem”). Shared security trades many small risks for one large, correlated one.", hl=["hub"], action=play()),
 ]))
RND = ["op-001", "op-002", "op-003", "op-004", "op-005", "op-006", "op-007", "op-008", "op-009", "op-010", "op-011", "op-014", "op-015", "op-017", "op-018", "op-019", "op-020", "op-021", "op-025", "op-028", "op-029", "op-031", "op-033", "op-034", "op-037", "op-041", "op-044", "op-045", "op-049", "op-050", "op-074", "op-088", "op-101", "op-155", "op-161", "op-162", "op-187"]
AVS = ["eigenda", "oracle", "bridge", "coprocessor", "fast-finality", "sequencer", "keeper", "price-feed", "interop", "watchtower", "proof-market", "randomness"]
tours.append(("restaking-cascade", "eigenlayer-pooled", "Restaking cascades",
 "One shock on pooled stake takes down service after service; unique stake stops it at the first.", [
 step("**EigenLayer** lets Ethereum stakers reuse the same stake to secure extra services, called AVSs: [restaking]. Here **200** operators secure **12** AVSs.", hl=["ethereum"]),
 step("In this network stake is [pooled|pooled-stake]: an operator's whole stake backs every AVS it joined. The same money is promised many times over.", hl=AVS),
 step("A bug in one AVS, **randomness**, wrongly slashes its **37** operators by **50%**.", fit=["randomness"], hl=["randomness"], action=inject({"type": "slash", "chain": "randomness", "validators": RND, "fraction": 0.5})),
 step("With pooled stake the slash shrinks those operators' stake everywhere: every other AVS they secure is now backed by less.", hl=["randomness"], action=play(0)),
 step("Now an attack pays: **15** operators take **11** AVSs at once, winning **3.07 B** while burning **2.88 B** of stake ([cascade]).", hl=AVS, action=play(1)),
 step("One buggy service cost **47.9%** of all stake. That is the systemic risk of restaking.", action=play()),
 step("With [unique stake] (ELIP-002) each allocation is ring-fenced. The same slash on the sample “EigenLayer, unique stake” compromises only randomness: **3.91%** of stake lost, the other 11 AVSs untouched.", hl=["randomness"], action={"do": "compare", "with": "eigenlayer-unique", "scenario": "buggy-avs-slashes-half"}),
 ]))
tours.append(("economic-misalignment", "cosmos-hub-ics", "Economic misalignment",
 "A consumer worth little next to its validators' stake elsewhere, and what lazy validation lets through.", [
 step("**Zone C** is worth **30 M USD** to an attacker, yet it is secured by **83** Hub validators with **2.55 B** of stake. On paper it has security to spare: corrupting it costs about **1.70 B**.", fit=["zone-c"], hl=["zone-c"]),
 step("But stake only protects a chain if validators do the work. Zone C pays its validators little next to the Hub: their stake and income sit elsewhere ([asymmetric stake]).", hl=["zone-c", "hub"]),
 step("Being offline on Zone C costs **no stake** (its downtime slash is 0), only [jailing]. Checking its blocks carefully earns little more than not checking.", fit=["zone-c"], hl=["zone-c"]),
 step("So a validator may practise [lazy validation]: sign what the others sign without checking. Six such validators countersign an invalid Zone C block.", fit=["v30", "v31", "v32", "v33", "v34", "v35"], hl=["v30", "v31", "v32", "v33", "v34", "v35"], action=inject({"type": "invalid-block", "chain": "zone-c", "validators": ["v30", "v31", "v32", "v33", "v34", "v35"]})),
 step("When caught, the Hub treats it like a double-sign: **5%** each, **6.41 M** in total, and [tombstoning]. But the penalty only works if someone checks: had two thirds signed lazily, the invalid block would simply be final.", hl=["v30", "v31", "v32", "v33", "v34", "v35", "hub"], action=play(0)),
 step("The lesson: a large [cost of corruption] is not enough. A consumer is safe only if validating it honestly pays better than validating it lazily.", hl=["zone-c"], action=play()),
 ]))
OPT = ["arbitrum-one", "base", "op-mainnet"]
ZK = ["linea", "zksync-era", "starknet", "scroll", "immutable-zk"]
tours.append(("rollups", "ethereum-rollups", "Rollups: optimistic vs ZK",
 "How rollups borrow Ethereum's security, and what the exit window protects.", [
 step("**Ethereum**, with its stake grouped into **100** staking entities (**132 B USD** here), and eight [rollups|rollup] built on it.", hl=["ethereum"]),
 step("A [rollup] runs transactions on its own and posts the results to Ethereum. Ethereum's validators do not re-run them: they keep the data and settle disputes.", hl=OPT + ZK),
 step("[Optimistic rollups|optimistic-rollup] assume each result is right and give anyone **7 days** to prove fraud. Withdrawals wait out that window.", fit=OPT, hl=OPT),
 step("[ZK rollups|zk-rollup] post a validity proof with every batch: Ethereum checks the maths instead of waiting. Exits take about **half a day** here.", fit=ZK, hl=ZK),
 step("The weak point is the upgrade key. **Arbitrum One** announces upgrades **14** days ahead, so users have a 7-day [exit window] after the fraud period; **Base** can upgrade with **0** days' notice.", fit=["arbitrum-one", "base"], hl=["arbitrum-one", "base"]),
 step("**immutable-zk** cannot be upgraded at all: nobody can change its rules, so users never need to flee.", fit=["immutable-zk"], hl=["immutable-zk"]),
 step("And the base layer? Suppose **Lido**, **28%** of the stake, vanishes in a [shock].", fit=["lido"], hl=["lido"], action=inject({"type": "shock", "validators": ["lido"]})),
 step("**37 B of 132 B** is lost, yet no attack becomes profitable and no rollup falls: Ethereum's stake is large next to what the rollups hold.", hl=["ethereum"] + OPT + ZK, action=play()),
 ]))
index = ["# Bundled guided tours: id<TAB>file. Each file is a scenario with \"network\" (a sample id) and \"tour\" (docs/scenario-format.md).",
         "# Written by sample-networks/generators/tours.py; numbers in captions were checked with explorer analyze/simulate."]
for tid, net, title, summary, steps in tours:
    doc = {"name": "tour: " + title, "network": net, "faults": [], "policy": "greedy", "seed": 7,
           "tour": {"title": title, "summary": summary, "steps": steps}}
    fn = tid + ".json"
    with open(os.path.join(out, fn), "w") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    index.append(tid + "\t" + fn)
with open(os.path.join(out, "index.tsv"), "w") as f:
    f.write("\n".join(index) + "\n")
