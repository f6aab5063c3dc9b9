#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Change propagation desk A -> desk B over HTTPS on loopback, on a demo database of N users:
# first with both desks on one `serve`, then with desk A on one instance and desk B on another
# (two `serve` processes on one database file: B's instance learns of A's change by reading the
# log's end, as instances on one PostgreSQL do). Prints p50/p95 over 500 changes (target p95 < 1 s).
#
#   benchmarks/admin/bench_propagation.sh [build-dir] [users=10000] [changes=500]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
users=${2:-10000}
changes=${3:-500}
cli=$build/src/app/keydesk-cli
source "$root/benchmarks/admin/bench_serve.sh"
export KEYDESK_CODE_KEY_FILE=$work/code.key

"$cli" --database "$work/server.sqlite" demo create --users "$users" >/dev/null
"$cli" --database "$work/server.sqlite" users add --name "Bench Helpdesk" --email bench-helpdesk@example.com >/dev/null
"$cli" --database "$work/server.sqlite" operators add bench-helpdesk@example.com --role helpdesk >/dev/null
token=$("$cli" --database "$work/server.sqlite" --json tokens create --operator bench-helpdesk@example.com --name bench |
    grep -o '"token": *"[^"]*"' | sed 's/.*"\(kdt_[^"]*\)"/\1/')
bench_serve "$work/server.sqlite"
first=$base
first_pid=$serve_pid
# A second instance on the same database, with the same certificate.
"$cli" --database "$work/server.sqlite" serve --port 0 --no-mail --cert "$work/localhost.pem" \
    --key "$work/localhost-key.pem" >"$work/serve2.log" 2>&1 &
second_pid=$!
trap 'kill $second_pid 2>/dev/null; wait $second_pid 2>/dev/null; bench_cleanup' EXIT
for _ in $(seq 300); do
    grep -q "listening on" "$work/serve2.log" && break
    sleep 0.1
done
second=$(grep -o 'https://localhost:[0-9]*' "$work/serve2.log" | head -1)
[[ -n $second ]] || { echo "bench_propagation: the second serve did not start" >&2; cat "$work/serve2.log" >&2; exit 1; }

echo "change propagation over HTTPS on loopback, $users-user database, $(nproc) cores"
echo "one instance:"
"$build/benchmarks/bench_propagation" --write "$first" --listen "$first" --token "$token" \
    --trust-cert "$work/localhost.pem" --changes "$changes"
echo "two instances (A writes to one, B listens to the other):"
"$build/benchmarks/bench_propagation" --write "$first" --listen "$second" --token "$token" \
    --trust-cert "$work/localhost.pem" --changes "$changes"
: "$first_pid"
