#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Enrollment server throughput for the options route (POST /api/v1/activations/<token>/options,
# which starts a ceremony: a fresh challenge written to the database per request), measured with
# wrk from Debian against a real `keydesk-cli serve`, with GET /healthz as the no-database floor.
#
#   benchmarks/enrollment/bench_options.sh [build-dir] [seconds=10] [connections=8] [POSTGRESQL_URL]
#
# With a postgresql:// URL (an empty database; password in PGPASSWORD) the server runs on it,
# first as one instance, then as two on the same database, each loaded by its own wrk at once
# (half the connections each): the sum is the pair's throughput.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
seconds=${2:-10}
connections=${3:-8}
postgres=${4:-}
cli=$build/src/app/keydesk-cli
command -v wrk >/dev/null || { echo "bench_options: install wrk (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
serve_pids=()
cleanup() {
    for pid in "${serve_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
db=${postgres:-$work/bench.sqlite}
export KEYDESK_CODE_KEY_FILE=$work/code.key
"$cli" --database "$db" users add --name Bench --email bench@example.com >/dev/null
# Starts one more `serve` on the database; prints where it listens.
start_serve() {
    local log=$work/serve-$1.log
    "$cli" --database "$db" serve --port 0 --no-mail --instance "$1" >"$log" 2>/dev/null &
    serve_pids+=($!)
    for _ in $(seq 100); do
        grep -q "listening on" "$log" && break
        sleep 0.1
    done
    grep -o 'http://localhost:[0-9]*' "$log" | head -1
}
base=$(start_serve one)
[[ -n $base ]] || { echo "bench_options: serve did not start" >&2; exit 1; }
# A long-lived link, so that no request of the run finds it expired.
link=$("$cli" --database "$db" --json keys assign --user bench@example.com --activate now --lifetime 600 |
    grep -o '"link": *"[^"]*"' | sed 's/.*"\(http[^"]*\)"/\1/')
token=${link##*/}
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"
LUA
echo "enrollment server $base, wrk ${seconds}s, ${connections} connections, 2 threads, $(nproc) cores shared with the server"
rate() { awk '/Requests\/sec/ {print $2}'; }
healthz=$(wrk -t2 -c"$connections" -d"${seconds}s" "$base/healthz" | tee "$work/healthz.txt" | rate)
options=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/post.lua" "$base/api/v1/activations/$token/options" |
    tee "$work/options.txt" | rate)
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/options.txt" || true)
echo "  GET  /healthz                        ${healthz} requests/s"
echo "  POST /api/v1/activations/…/options   ${options} requests/s ${non2xx:+($non2xx)}"
grep -E 'Latency' "$work/options.txt" | sed 's/^/  options latency (avg, stdev, max): /'
awk -v h="$healthz" -v o="$options" 'BEGIN { printf "  options / healthz: %.1f %%\n", 100 * o / h }'
if [[ -n $postgres ]]; then
    second=$(start_serve two)
    [[ -n $second ]] || { echo "bench_options: the second serve did not start" >&2; exit 1; }
    half=$(( (connections + 1) / 2 ))
    wrk -t1 -c"$half" -d"${seconds}s" -s "$work/post.lua" "$base/api/v1/activations/$token/options" >"$work/a.txt" &
    first_wrk=$!
    wrk -t1 -c"$half" -d"${seconds}s" -s "$work/post.lua" "$second/api/v1/activations/$token/options" >"$work/b.txt"
    wait "$first_wrk"
    a=$(rate <"$work/a.txt")
    b=$(rate <"$work/b.txt")
    awk -v a="$a" -v b="$b" -v one="$options" 'BEGIN {
        printf "  two instances on one PostgreSQL:     %.1f + %.1f = %.1f requests/s (%.2f x one instance)\n",
               a, b, a + b, (a + b) / one }'
fi
