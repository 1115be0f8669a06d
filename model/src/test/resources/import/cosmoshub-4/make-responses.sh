#!/usr/bin/env bash
# Rebuilds the live-shaped cosmoshub-4 REST responses in this folder from the recorded facts in
# shared/real-data/cosmoshub-4 (see its SOURCES.md and SHAPES.md). Only recorded facts are written, in the
# key order of the live gRPC-gateway JSON; keys the facts files dropped (details, unbonding_time, ...) are left out.
#   make-responses.sh /path/to/shared/real-data/cosmoshub-4
set -euo pipefail
facts="${1:?usage: make-responses.sh FACTS_DIR}"
out="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
validator='{operator_address: .operatorAddress,
  consensus_pubkey: {"@type": "/cosmos.crypto.ed25519.PubKey", key: .consensusPubkeyEd25519},
  jailed: .jailed, status: .status, tokens: .tokensUatom, delegator_shares: .delegatorShares,
  description: {moniker: .moniker, identity: .identity, website: .website},
  unbonding_height: .unbondingHeight,
  commission: {commission_rates: {rate: .commissionRate, max_rate: .commissionMaxRate}},
  min_self_delegation: .minSelfDelegationUatom,
  validator_bond_shares: .validatorBondShares, liquid_shares: .liquidShares}'
jq --indent 1 "{validators: [.validators[:300][] | $validator],
  pagination: {next_key: \"FPXOvA0EDFL8GRc9xNMLdFTE21L7\", total: .snapshot.paginationTotal}}" \
  "$facts/staking-validators.facts.json" > "$out/validators-page-1.json"
jq --indent 1 "{validators: [.validators[300:][] | $validator],
  pagination: {next_key: null, total: \"0\"}}" \
  "$facts/staking-validators.facts.json" > "$out/validators-page-2.json"
jq --indent 1 '{chains: [.consumers[] | select(.top_N != null) | {chain_id: .chainId, client_id: .clientId,
  top_N, min_power_in_top_N, validators_power_cap, validator_set_cap, allowlist, denylist}]}' \
  "$facts/ics-consumer-chains.facts.json" > "$out/consumer-chains-v5.json"
jq --indent 1 '{chains: [.consumers[] | select(.top_N != null) | {chain_id: .chainId, client_id: .clientId,
  top_N, min_power_in_top_N, validators_power_cap, validator_set_cap, allowlist, denylist,
  consumer_id: .consumerId, phase}]}' \
  "$facts/ics-consumer-chains.facts.json" > "$out/consumer-chains-v6.json"
jq --indent 1 '{validators: [.validators[] | {provider_address: .providerConsensusAddress,
  consumer_key: {ed25519: .consumerKeyEd25519}, power}]}' \
  "$facts/ics-consumer-validators-neutron-1.facts.json" > "$out/consumer-validators-neutron-1.json"
