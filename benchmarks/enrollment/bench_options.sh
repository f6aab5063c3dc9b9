#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Enrollment server throughput for the options route (POST /api/v1/activations/<token>/options,
# which starts a ceremony: a fresh challenge written to the database per request), measured with
# wrk from Debian against a real `keydesk-cli serve`, with GET /healthz as the no-database floor.
#
#   benchmarks/enrollment/bench_options.sh [build-dir] [seconds=10] [connections=8]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
seconds=${2:-10}
connections=${3:-8}
cli=$build/src/app/keydesk-cli
command -v wrk >/dev/null || { echo "bench_options: install wrk (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
serve_pid=
cleanup() {
    [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
db=$work/bench.sqlite
"$cli" --database "$db" users add --name Bench --email bench@example.com >/dev/null
"$cli" --database "$db" serve --port 0 --no-mail >"$work/serve.log" 2>/dev/null &
serve_pid=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/serve.log" && break
    sleep 0.1
done
base=$(grep -o 'http://localhost:[0-9]*' "$work/serve.log" | head -1)
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
