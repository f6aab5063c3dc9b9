#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# One command from a fresh Debian 12 machine to the offline demo: installs packages, builds, and
# launches `keydesk --demo` — the console on the demo database (made on first use) with the
# virtual phone beside it, all over loopback. Without a display it runs under Xvfb.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
build=${KEYDESK_BUILD_DIR:-$root/build}
db=${KEYDESK_DEMO_DB:-$build/demo/keydesk-demo.sqlite}
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
    exec "$build/src/app/keydesk" --demo --database "$db" "$@"
fi
echo "run-demo: no display; starting KeyDesk under Xvfb (take a screenshot with: import -window root shot.png)"
exec xvfb-run -a -s "-screen 0 1280x800x24" "$build/src/app/keydesk" --demo --database "$db" "$@"
