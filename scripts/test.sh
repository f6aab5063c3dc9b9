#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# One command from a fresh Debian 12 machine to a full test run: installs packages, builds with
# warnings as errors into build/ (the same build and configuration as scripts/run-demo.sh) and runs
# every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
# npm test tools (playwright-core, smtp-server) exactly as locked; no browser download.
(cd "$root/tests/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
export KEYDESK_BUILD_DIR=${KEYDESK_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
cd "$KEYDESK_BUILD_DIR"
ctest --output-on-failure --timeout 600 "$@"
