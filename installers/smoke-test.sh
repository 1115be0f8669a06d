#!/usr/bin/env bash
# Installer smoke test (Linux, Debian-like, as root or with sudo): builds the .deb, installs it, runs the installed
# launcher's command line and its window under Xvfb (screenshot), then removes the package.
#   bash installers/smoke-test.sh
# Leaves installers/target/smoke-test/ behind: build and apt logs, screenshot.png, the command outputs.
set -euo pipefail
cd "$(dirname "$0")/.."

PKG=shared-security-explorer
LAUNCHER=/opt/$PKG/bin/$PKG
SAMPLE=sample-networks/src/main/resources/dev/sse/samples/textbook-theorem2.json
OUT="$PWD/installers/target/smoke-test"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
APT=($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q)

passed=0
step_name="start"
t0=$SECONDS
step() { step_name="$1"; echo "smoke [$((SECONDS - t0))s] $1"; }
ok() { passed=$((passed + 1)); echo "smoke   ok: $1"; }
fail() { echo "smoke   FAIL: $1" >&2; exit 1; }
installed() { [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]; }
on_exit() {
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "smoke: failed during '$step_name' (exit $rc); logs in $OUT/" >&2
    if installed "$PKG"; then "${APT[@]}" remove "$PKG" >/dev/null 2>&1 || true; fi
    echo "installers smoke test: $passed passed, 1 failed"
  fi
}
trap on_exit EXIT

step "tools: install what is missing"
needs=(xvfb xauth imagemagick x11-utils fakeroot binutils libgtk-3-0 libgl1 libxxf86vm1 libgl1-mesa-dri fonts-dejavu-core)
command -v jpackage >/dev/null 2>&1 || needs+=(openjdk-17-jdk-headless)
missing=()
for p in "${needs[@]}"; do installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "smoke   apt-get install ${missing[*]}"
  "${APT[@]}" update >/dev/null
  "${APT[@]}" install --no-install-recommends "${missing[@]}" >/dev/null
fi
ok "tools present"

step "build: ./mvnw -B -Pinstallers -DskipTests package"
mkdir -p "$OUT"
log=$(mktemp)
if ! ./mvnw -B -Pinstallers -DskipTests package >"$log" 2>&1; then
  tail -60 "$log" >&2
  fail "installer build failed"
fi
mv "$log" "$OUT/build.log"
grep -E 'Total time|SSE installers' "$OUT/build.log" | sed 's/^/smoke   /'
image=installers/target/dist/$PKG
debs=(installers/target/dist/*.deb)
[ -x "$image/bin/$PKG" ] || fail "no app-image launcher at $image/bin/$PKG"
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected exactly one .deb in installers/target/dist"
deb=${debs[0]}
echo "smoke   app-image $(du -sh "$image" | cut -f1), $(basename "$deb") $(du -h "$deb" | cut -f1)," \
  "Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
for d in libgtk-3-0 libgl1 libxxf86vm1; do
  grep -qE "(^|, *)$d(,|$| )" <<<"$depends" || fail "Depends lacks $d: $depends"
done
if dpkg-deb -c "$deb" | grep -E 'ortools-(darwin|win32|linux-aarch64)'; then fail "other platforms' native jars in the .deb"; fi
ok "app-image and .deb built; Depends has the JavaFX libraries"

step "install: apt-get install ./$deb"
if installed "$PKG"; then "${APT[@]}" remove "$PKG" >/dev/null; fi
$SUDO mkdir -p /usr/share/desktop-directories   # xdg-desktop-menu fails without it on a minimal system
"${APT[@]}" install --no-install-recommends "./$deb" >"$OUT/apt-install.log" 2>&1 \
  || { tail -30 "$OUT/apt-install.log" >&2; fail "apt-get install failed"; }
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"
ls /usr/share/applications/*"$PKG"*.desktop >/dev/null 2>&1 || fail "no desktop entry in /usr/share/applications"
ok "installed: $LAUNCHER, $(ls /usr/share/applications/*"$PKG"*.desktop)"

step "launcher --version"
version=$("$LAUNCHER" --version)
echo "$version" | sed 's/^/smoke   | /'
grep -q "Shared Security Explorer" <<<"$version" || fail "--version did not name the explorer"
ok "--version"

step "launcher validate $SAMPLE"
work=$(mktemp -d)
cp "$SAMPLE" "$work/"
sample_copy="$work/$(basename "$SAMPLE")"
result=$("$LAUNCHER" validate "$sample_copy")
echo "$result" | sed 's/^/smoke   | /'
[ "$result" = "ok" ] || fail "validate did not print ok"
ok "validate"

if "$LAUNCHER" --help | grep -qE '^ +analyze\b'; then
  step "launcher analyze --json $SAMPLE"
  "$LAUNCHER" analyze "$sample_copy" --json >"$OUT/analyze.json"
  head -c 300 "$OUT/analyze.json" | sed 's/^/smoke   | /'; echo
  if command -v python3 >/dev/null 2>&1; then
    python3 -m json.tool "$OUT/analyze.json" >/dev/null || fail "analyze --json did not print JSON"
  else
    grep -qE '^\s*[\{\[]' "$OUT/analyze.json" || fail "analyze --json did not print JSON"
  fi
  ok "analyze --json"
  if "$LAUNCHER" analyze --help | grep -q CP_SAT; then
    # the native solver must load inside the packaged runtime (a missing JDK module makes it fall back silently)
    step "launcher analyze --solver=CP_SAT (native OR-Tools in the packaged runtime)"
    triangle=sample-networks/src/main/resources/dev/sse/samples/textbook-triangle.json
    cp "$triangle" "$work/"
    report=$("$LAUNCHER" analyze "$work/$(basename "$triangle")" --solver=CP_SAT)
    grep -i '^solver' <<<"$report" | sed 's/^/smoke   | /'
    if grep -qi 'unavailable' <<<"$report"; then fail "a solver is unavailable in the installed app"; fi
    ok "CP-SAT loads"
  fi
else
  echo "smoke   (no analyze command in this build: skipped)"
fi

step "window: $PKG --sample kusama under Xvfb, screenshot"
rm -f "$OUT/screenshot.png"
cat >"$work/gui.sh" <<EOF
set -u
"$LAUNCHER" --sample kusama --exit-after=20 >"$OUT/gui.log" 2>&1 &
app=\$!
seen=no
for i in \$(seq 1 60); do
  if xwininfo -root -tree | grep -q "Shared Security Explorer"; then seen=yes; break; fi
  kill -0 \$app 2>/dev/null || break
  sleep 0.5
done
echo "window seen: \$seen"
[ \$seen = yes ] && { sleep 4; import -window root "$OUT/screenshot.png"; xwininfo -root -tree | grep "Shared Security Explorer"; }
wait \$app
code=\$?
echo "app exit code: \$code"
[ \$seen = yes ] && [ \$code -eq 0 ]
EOF
xvfb-run -a -s "-screen 0 1280x900x24" bash "$work/gui.sh" | sed 's/^/smoke   | /' \
  || { cat "$OUT/gui.log" >&2; fail "the window never appeared or the app failed"; }
[ -f "$OUT/screenshot.png" ] || fail "no screenshot"
colours=$(identify -format '%k' "$OUT/screenshot.png")
[ "$colours" -gt 10 ] || fail "screenshot is nearly uniform ($colours colours)"
ok "window shown: $OUT/screenshot.png has $colours colours"

step "uninstall: apt-get remove $PKG"
"${APT[@]}" remove "$PKG" >"$OUT/apt-remove.log" 2>&1 || { tail -30 "$OUT/apt-remove.log" >&2; fail "apt-get remove failed"; }
[ ! -e "/opt/$PKG" ] || fail "/opt/$PKG still there after remove"
ok "removed"
rm -rf "$work"

echo "smoke [$((SECONDS - t0))s] done"
echo "installers smoke test: $passed passed, 0 failed"
