#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Configures and builds KeyDesk into build/ (or $KEYDESK_BUILD_DIR). Extra arguments go to CMake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYDESK_BUILD_DIR:-$root/build}
# One configuration for both README commands (the demo and the tests), so the second reuses the
# first's build instead of compiling everything again.
cmake -S "$root" -B "$build" -G Ninja -DKEYDESK_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
