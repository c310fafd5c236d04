#!/usr/bin/env bash
# Runs every test — unit, end-to-end and TestFX UI tests — the way CI does, then smoke-tests the
# headless first run. UI tests need an X server: they run under Xvfb, installed here when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = "Linux" ]; then
  missing=()
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing ${missing[*]} for the UI tests…" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "UI tests need Xvfb and GTK 3; install them with: sudo apt-get install -y xvfb xauth libgtk-3-0" >&2
      exit 1
    fi
  fi
  # A private X server even when a desktop is present, so test windows never steal focus.
  xvfb-run -a -s "-screen 0 1400x900x24" mvn -B verify "$@"
else
  mvn -B verify "$@"
fi

# The README's first command, headless: it must recover the demo incident and say where the bundle is.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
out="$(env -u DISPLAY -u WAYLAND_DISPLAY java -Drebook.home="$home" -jar target/rebook.jar 2>/dev/null)"
echo "$out"
grep -q "Bundle written to" <<<"$out" || { echo "Headless first run did not write a bundle" >&2; exit 1; }
test -s "$home/demo/bundle/reservations.csv"
echo "Headless first run: OK"

# The installer: app image with a trimmed runtime (and the .deb where dpkg-deb and fakeroot exist), then
# the installed launchers are smoke-tested without Maven.
skip_package=true
if [ "$(uname -s)" = "Linux" ] && command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  skip_package=false
fi
mvn -B -q -Pinstaller -DskipTests -Dinstaller.package.skip=$skip_package package
bash installer/smoke-test.sh
