#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# `keydesk-cli users import` of N new users, on a database file (direct access, in process) and
# through a team server's admin API over HTTPS on loopback (the file sent in 48 KiB parts, then
# imported whole), each into a fresh SQLite database: the wall time of both and their ratio, and
# a dry run over HTTPS; the outputs must be the same.
#
#   benchmarks/admin/bench_admin_import.sh [build-dir] [users=100000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
users=${2:-100000}
cli=$build/src/app/keydesk-cli
source "$root/benchmarks/admin/bench_serve.sh"
export KEYDESK_CODE_KEY_FILE=$work/code.key
csv=$work/staff.csv
awk -v n="$users" 'BEGIN {
    print "display_name,email,upn,department,groups"
    for (i = 0; i < n; i++)
        printf "Person %d,person%d@bench.example.com,p%d@corp.example.com,Department %d,Group %d;Everyone\n", i, i, i, i % 40, i % 200
}' >"$csv"
bytes=$(stat -c %s "$csv")
now_ms() { date +%s%3N; }

# Both databases get the same operator first, so that both imports start from the same state.
for db in "$work/local.sqlite" "$work/server.sqlite"; do
    "$cli" --database "$db" users add --name "Bench Admin" --email bench-admin@example.com >/dev/null
    "$cli" --database "$db" operators add bench-admin@example.com --role admin >/dev/null
done
token=$("$cli" --database "$work/server.sqlite" --json tokens create --operator bench-admin@example.com --name bench |
    grep -o '"token": *"[^"]*"' | sed 's/.*"\(kdt_[^"]*\)"/\1/')
bench_serve "$work/server.sqlite"
remote=("$cli" --server "$base" --token "$token" --trust-cert "$work/localhost.pem")

echo "users import of $users users ($((bytes / 1024)) KiB, $(((bytes + 49151) / 49152)) parts), $(nproc) cores"
start=$(now_ms)
"$cli" --database "$work/local.sqlite" --actor bench-admin@example.com users import "$csv" >"$work/local.out" 2>/dev/null
local_ms=$(( $(now_ms) - start ))
start=$(now_ms)
"${remote[@]}" users import "$csv" --dry-run >/dev/null
dry_ms=$(( $(now_ms) - start ))
start=$(now_ms)
"${remote[@]}" users import "$csv" >"$work/remote.out"
remote_ms=$(( $(now_ms) - start ))
sed 's/ ([0-9]* ms)//' "$work/local.out" >"$work/local.cmp"
sed 's/ ([0-9]* ms)//' "$work/remote.out" >"$work/remote.cmp"
cmp -s "$work/local.cmp" "$work/remote.cmp" || { echo "bench_admin_import: outputs differ" >&2; diff "$work/local.cmp" "$work/remote.cmp" >&2; exit 1; }
echo "  direct access (in process): $local_ms ms"
echo "  team server over HTTPS:     $remote_ms ms  (ratio $(awk -v a="$remote_ms" -v b="$local_ms" 'BEGIN { printf "%.2f", a / b }'))"
echo "  a dry run over HTTPS (send, check, import, roll back): $dry_ms ms"
echo "  both: $(cut -d, -f1-5 "$work/remote.cmp")"
