#!/usr/bin/env bash
# Rebuilds the real snapshots (issue 22) with the explorer's own importers from the recorded responses in
# model/src/test/resources/import (rebuilt from shared/real-data, see the README there and SOURCES.md), or checks that
# the committed files are reproduced byte for byte.
#
#   ./mvnw -q -DskipTests package                          # builds app/target/explorer.jar
#   sample-networks/generators/import-real.sh              # writes into src/main/resources/dev/sse/samples
#   sample-networks/generators/import-real.sh --check      # writes into a temporary folder and compares
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
samples="$root/sample-networks/src/main/resources/dev/sse/samples"
rec="$root/model/src/test/resources/import"
jar="$root/app/target/explorer.jar"
out="$samples"
if [[ "${1:-}" == "--check" ]]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
hub="$rec/cosmoshub-4"
java -jar "$jar" import cosmos \
    --validators "$hub/validators-page-1.json" --validators "$hub/validators-page-2.json" \
    --consumer-chains "$hub/consumer-chains-v5.json" \
    --consumer-validators "neutron-1=$hub/consumer-validators-neutron-1.json" \
    --price ATOM=6.71 --date 2024-06-24 --out "$out/cosmos-hub-neutron-2024-06.json"
java -jar "$jar" import kusama --exposures "$rec/kusama/era-1827-validator-exposures.csv" --date 2021-01-29 \
    --out "$out/kusama-era-1827.json"
java -jar "$jar" import eigenlayer \
    --allocations "$rec/eigenlayer/holesky-preprod-operator-sets-allocations.facts.json" \
    --chain-id holesky --date 2025-02-20 --out "$out/eigenlayer-holesky-2025-02.json"
if [[ "${1:-}" == "--check" ]]; then
    status=0
    for name in cosmos-hub-neutron-2024-06.json kusama-era-1827.json eigenlayer-holesky-2025-02.json; do
        cmp -s "$out/$name" "$samples/$name" || { echo "DIFFERS: $name"; status=1; }
    done
    [[ $status -eq 0 ]] && echo "all three real snapshots reproduce byte for byte"
    exit $status
fi
