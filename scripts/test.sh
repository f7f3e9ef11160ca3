#!/usr/bin/env bash
# Set up, build, and run every test (unit, simulator, client, GUI offscreen, interop).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh"
cd "${BUILD_DIR:-$here/build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 "$@"
