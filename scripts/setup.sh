#!/usr/bin/env bash
# Installs what the project needs on Debian 12 (as root), skipping what is present.
# Idempotent: safe to run before every build.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

# gnome-keyring, dbus, dbus-x11: a real Secret Service for the credentials test
# (tests/app/with-keyring.sh runs it under dbus-run-session); the same session bus carries
# the desktop-notification test. qt6-multimedia-dev: the ring sound. qt6-svg-dev: our
# icons, drawn by Qt SVG's renderer (ui/svgicons.cpp).
# libqt6sql6-sqlite: the call history (Qt SQL's SQLite driver).
# qt6-l10n-tools, qt6-tools-dev: lupdate/lrelease and their CMake functions (translations);
# qt6-translations-l10n: Qt's own translations for its standard dialogs.
# at-spi2-core, python3-pyatspi: the accessibility test (tests/a11y) walks the program's
# tree on the AT-SPI bus, as a screen reader does.
# ninja-build: builds the tests' tree (scripts/test.sh).
# lld: links the sanitizer build of the tests (scripts/test.sh) about 3x faster than ld.bfd.
debs=(cmake g++ make ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev
      qt6-websockets-dev qt6-svg-dev qt6-qpa-plugins xvfb xauth fonts-dejavu-core
      libgl-dev ca-certificates openssl curl clang libclang-rt-14-dev llvm
      qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 qt6-multimedia-dev
      libqt6sql6-sqlite qt6-l10n-tools qt6-tools-dev qt6-translations-l10n at-spi2-core
      python3-pyatspi lld)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages for the interop tests (third-party Bayeux peers).
if [ ! -d "$here/tests/interop/node_modules/faye" ] || [ ! -d "$here/tests/interop/node_modules/cometd-nodejs-client" ]; then
  echo "setup: installing npm packages for interop tests"
  (cd "$here/tests/interop" && npm install --no-audit --no-fund --loglevel=error)
fi
