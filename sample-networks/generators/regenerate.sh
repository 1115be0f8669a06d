#!/usr/bin/env bash
# Regenerates every generated sample network, or checks that the committed files are reproduced.
#
#   sample-networks/generators/regenerate.sh            write into src/main/resources/dev/sse/samples
#   sample-networks/generators/regenerate.sh --check    regenerate into a temporary directory and compare
#
# Needs only a JDK 17+ ("javac" and "java" on PATH): the generators and their shared JsonWriter are compiled
# together into a temporary folder, then run one by one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="$here/../src/main/resources/dev/sse/samples"
generators=(GenerateTextbook GeneratePolkadot GenerateCosmos GenerateEthereumRollups GenerateEigenLayer GenerateStress)

classes="$(mktemp -d)"
if [[ "${1:-}" == "--check" ]]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out" "$classes"' EXIT
else
    out="$samples"
    trap 'rm -rf "$classes"' EXIT
fi
javac -d "$classes" "$here"/*.java
for g in "${generators[@]}"; do
    java -cp "$classes" "$g" "$out" >/dev/null
    echo "ran $g"
done
if [[ "${1:-}" == "--check" ]]; then
    status=0
    for f in "$out"/*.json; do
        name="$(basename "$f")"
        if ! cmp -s "$f" "$samples/$name"; then
            echo "DIFFERS: $name"
            status=1
        fi
    done
    [[ $status -eq 0 ]] && echo "all generated samples reproduce byte for byte"
    exit $status
fi
