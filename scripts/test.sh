#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a full test run: installs packages, builds with
# warnings as errors into build-ci/ and runs every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
export KEYDESK_BUILD_DIR=${KEYDESK_BUILD_DIR:-$root/build-ci}
"$root/scripts/build.sh" -DKEYDESK_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
cd "$KEYDESK_BUILD_DIR"
ctest --output-on-failure --timeout 600 "$@"
