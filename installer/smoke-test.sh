#!/usr/bin/env bash
# Smoke-tests what `mvn -Pinstaller package` built, with no Maven and no network: the installed CLI
# recovers a demo incident, the GUI launcher opens a window (under Xvfb when there is no display), and,
# where this is a Debian system we may change, the .deb installs and its `rebook` command works.
set -euo pipefail
cd "$(dirname "$0")/.."
image=target/installer/Rebook
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cli="$image/bin/rebook"
[ -x "$cli" ] || cli="$image/Contents/MacOS/rebook"
"$cli" --version
"$cli" demo --out "$work/demo" --reservations 60 >/dev/null
out="$(env -u DISPLAY "$cli" recover "$work/demo/sources" --out "$work/bundle" --workspace "$work/ws" -q)"
grep -q "Export: " <<<"$out" && test -s "$work/bundle/reservations.csv"
echo "Installed CLI recovered the demo: $(grep 'Export:' <<<"$out")"
cfg="$image/lib/app/rebook.cfg"
if [ -f "$cfg" ]; then
  grep -q -- "-XX:+UseParallelGC" "$cfg" # the CLI launcher's own JVM options (cli-launcher.properties)
  grep -q -- "-XX:MaxTenuringThreshold=1" "$cfg"
  grep -q -- "-XX:InitialRAMPercentage=25" "$cfg"
  grep -q -- "-XX:MaxInlineLevel=6" "$cfg"
  if grep -q -- "UseParallelGC" "$image/lib/app/Rebook.cfg"; then echo "GUI launcher must keep G1" >&2; exit 1; fi
  echo "CLI launcher runs with the throughput collector; the GUI launcher with G1"
fi

gui="$image/bin/Rebook"
if [ -x "$gui" ] && [ "$(uname -s)" = "Linux" ]; then
  shown="$(xvfb-run -a "$gui" gui --self-test 2>/dev/null)"
  grep -q "Window shown: Rebook" <<<"$shown"
  echo "GUI launcher: $shown"
fi

deb="$(ls target/installer/*.deb 2>/dev/null | head -1 || true)"
if [ -n "$deb" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
  rebook --version
  env -u DISPLAY rebook recover "$work/demo/sources" --out "$work/bundle-deb" -q | grep "Export:"
  test -s "$work/bundle-deb/reservations.csv"
  echo "Installed .deb: /usr/bin/rebook works"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq rebook >/dev/null
  if [ -e /usr/bin/rebook ] || [ -e /opt/rebook/bin/rebook ]; then echo "rebook files left after removal" >&2; exit 1; fi
  echo "Removed .deb cleanly"
fi
echo "Installer smoke test: OK"
