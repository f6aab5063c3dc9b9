#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# A desk's first sync: `keydesk-cli cache sync` into an empty cache from a team server over HTTPS
# on loopback, for a demo database of N users; and, as the yardstick, `demo create --users N` of
# the same count in the same run. Prints both times, their ratio (target <= 1.5) and the sync's
# peak RSS; then one change and the sync that brings it (the catch-up).
#
#   benchmarks/admin/bench_cache_sync.sh [build-dir] [users=100000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
users=${2:-100000}
cli=$build/src/app/keydesk-cli
source "$root/benchmarks/admin/bench_serve.sh"
export KEYDESK_CODE_KEY_FILE=$work/code.key
now_ms() { date +%s%3N; }

echo "cache sync of a $users-user demo database over HTTPS on loopback, $(nproc) cores"
start=$(now_ms)
"$cli" --database "$work/server.sqlite" demo create --users "$users" >/dev/null
demo_ms=$(( $(now_ms) - start ))
"$cli" --database "$work/server.sqlite" users add --name "Bench Auditor" --email bench-auditor@example.com >/dev/null
"$cli" --database "$work/server.sqlite" operators add bench-auditor@example.com --role auditor >/dev/null
token=$("$cli" --database "$work/server.sqlite" --json tokens create --operator bench-auditor@example.com --name bench |
    grep -o '"token": *"[^"]*"' | sed 's/.*"\(kdt_[^"]*\)"/\1/')
bench_serve "$work/server.sqlite"
remote=("$cli" --server "$base" --token "$token" --trust-cert "$work/localhost.pem")

start=$(now_ms)
/usr/bin/time -f "%M" -o "$work/rss" "${remote[@]}" cache sync --cache "$work/desk.sqlite" >"$work/sync.out"
sync_ms=$(( $(now_ms) - start ))
grep -q "^  users *$((users + 1))\$" "$work/sync.out" || { echo "bench_cache_sync: the cache is short" >&2; cat "$work/sync.out" >&2; exit 1; }
"$cli" --database "$work/server.sqlite" users add --name "Late Comer" --email late@example.com >/dev/null
start=$(now_ms)
"${remote[@]}" cache sync --cache "$work/desk.sqlite" >"$work/again.out"
again_ms=$(( $(now_ms) - start ))
grep -q "^  users *$((users + 2))\$" "$work/again.out" || { echo "bench_cache_sync: the change did not arrive" >&2; cat "$work/again.out" >&2; exit 1; }

echo "  demo create --users $users:       $demo_ms ms"
echo "  first sync over HTTPS:            $sync_ms ms  (ratio $(awk -v a="$sync_ms" -v b="$demo_ms" 'BEGIN { printf "%.2f", a / b }'); peak RSS $(( $(cat "$work/rss") / 1024 )) MB)"
echo "  $(head -1 "$work/sync.out")"
echo "  one change, then sync:            $again_ms ms  ($(head -1 "$work/again.out"))"
