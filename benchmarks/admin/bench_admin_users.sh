#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# The admin API's All Users search over HTTPS on loopback, as `keydesk-cli --server … users list
# --search` asks it, against a real `keydesk-cli serve` (TLS, self-signed) on a large database:
# latency (p50, p95, p99) one request at a time, then with N connections, measured with wrk from
# Debian. Each request searches one of a rotating list of prefixes, 50 rows a page.
#
#   benchmarks/admin/bench_admin_users.sh [build-dir] [database=/tmp/million.sqlite] [seconds=10] [connections=8]
#
# A missing SQLite database is made first with `keydesk-cli demo create --users 1000000`; a
# postgresql:// URL (password in PGPASSWORD) is used as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
db=${2:-/tmp/million.sqlite}
seconds=${3:-10}
connections=${4:-8}
cli=$build/src/app/keydesk-cli
command -v wrk >/dev/null || { echo "bench_admin_users: install wrk (apt-get install wrk)" >&2; exit 2; }
source "$root/benchmarks/admin/bench_serve.sh"
if [[ $db != postgresql://* && ! -f $db ]]; then
    echo "making $db (1,000,000 users) …"
    "$cli" --database "$db" demo create --users 1000000 >/dev/null
fi
# An admin operator and an API token for the run, on the database itself (direct access).
"$cli" --database "$db" users add --name "Bench Admin" --email "bench-admin@example.com" >/dev/null 2>&1 || true
"$cli" --database "$db" operators add bench-admin@example.com --role admin >/dev/null 2>&1 || true
"$cli" --database "$db" tokens revoke bench >/dev/null 2>&1 || true
token=$("$cli" --database "$db" --json tokens create --operator bench-admin@example.com --name bench |
    grep -o '"token": *"[^"]*"' | sed 's/.*"\(kdt_[^"]*\)"/\1/')
[[ $token == kdt_* ]] || { echo "bench_admin_users: no token" >&2; exit 1; }
bench_serve "$db"
cat >"$work/search.lua" <<'LUA'
local terms = {"jo", "mar", "li", "sa", "chen", "eng", "an", "ro", "ki", "fin", "da", "el"}
local i = 0
request = function()
    i = i + 1
    return wrk.format("GET", "/api/v1/admin/users?search=" .. terms[(i % #terms) + 1] .. "&limit=50")
end
done = function(summary, latency, requests)
    io.write(string.format("RESULT %.1f %.1f %.1f %d %d %d\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
        summary.duration))
end
LUA
# One warm-up pass over the terms, as an operator's second search would find the pages cached.
wrk -t1 -c1 -d2s -H "Authorization: Bearer $token" -s "$work/search.lua" "$base" >/dev/null
echo "admin API GET /users?search=…&limit=50 on $base ($db), wrk ${seconds}s, $(nproc) cores shared with the server"
measure() {
    local threads=$(( $1 < 2 ? 1 : 2 ))
    wrk -t"$threads" -c"$1" -d"${seconds}s" -H "Authorization: Bearer $token" -s "$work/search.lua" "$base" |
        awk -v c="$1" '/^RESULT/ { printf "  %d connection(s): p50 %s ms, p95 %s ms, p99 %s ms; %.1f requests/s (%d requests, %d errors)\n",
                                   c, $2, $3, $4, $5 / ($7 / 1e6), $5, $6 }'
}
measure 1
measure "$connections"
