#!/usr/bin/env bash
# Simulates colour-vision deficiencies on a screenshot, to check that the explorer's risk palette stays
# readable (issue 11). Usage: docs/tools/cvd-simulate.sh shot.png   -> shot-protanopia.png, shot-deuteranopia.png,
# shot-tritanopia.png beside it. Needs ImageMagick 6 or 7 (`convert` or `magick`).
#
# The matrices are Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for Simulation of Color
# Vision Deficiency", IEEE TVCG 15(6), severity 1.0 (dichromacy). They apply to linear RGB, so the image is
# linearised first (-colorspace RGB) and re-encoded as sRGB afterwards.
set -euo pipefail
in="$1"
base="${in%.*}"
im=convert
command -v magick >/dev/null && im=magick
simulate() {
    "$im" "$in" -colorspace RGB -color-matrix "$2" -colorspace sRGB "$base-$1.png"
    echo "$base-$1.png"
}
simulate protanopia   "0.152286 1.052583 -0.204868  0.114503 0.786281 0.099216  -0.003882 -0.048116 1.051998"
simulate deuteranopia "0.367322 0.860646 -0.227968  0.280085 0.672501 0.047413  -0.011820 0.042940 0.968881"
simulate tritanopia   "1.255528 -0.076749 -0.178779  -0.078411 0.930809 0.147602  0.004733 0.691367 0.303900"
