#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# SCIM provisioning throughput: N user creations (POST /scim/v2/Users, Entra ID's payload) over
# HTTPS on loopback against a real `keydesk-cli serve` (TLS, self-signed), one connection kept
# alive, then N more over P parallel connections; requests/s for each. curl from Debian sends
# them; every answer must be 201, and the users must be in the database afterwards.
#
#   benchmarks/directory/bench_scim.sh [build-dir] [users=1000] [parallel=8]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
users=${2:-1000}
parallel=${3:-8}
cli=$build/src/app/keydesk-cli
source "$root/benchmarks/admin/bench_serve.sh"
db=$work/scim.sqlite
token=$("$cli" --database "$db" directory scim-token create --name entra | tail -1)
[[ $token == kdscim_* ]] || { echo "bench_scim: no token" >&2; exit 1; }
bench_serve "$db"

# One curl configuration: a POST per user, each answered with its status on a line.
requests() { # prefix
    local first=1
    for i in $(seq -w 1 "$users"); do
        if ((first)); then first=0; else echo next; fi
        cat <<CONFIG
url = "$base/scim/v2/Users"
header = "Content-Type: application/scim+json"
header = "Authorization: Bearer $token"
data = "{\\"schemas\\":[\\"urn:ietf:params:scim:schemas:core:2.0:User\\",\\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\\"],\\"externalId\\":\\"$1-$i\\",\\"userName\\":\\"$1.$i@corp.example\\",\\"active\\":true,\\"displayName\\":\\"User $1 $i\\",\\"emails\\":[{\\"primary\\":true,\\"type\\":\\"work\\",\\"value\\":\\"$1.$i@corp.example\\"}],\\"name\\":{\\"givenName\\":\\"User\\",\\"familyName\\":\\"$i\\"},\\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\\":{\\"department\\":\\"Dept $1\\"}}"
cacert = "$work/localhost.pem"
output = "/dev/null"
write-out = "%{http_code}\\n"
CONFIG
    done
}

measure() { # label prefix curl-options…
    local label=$1 prefix=$2
    shift 2
    requests "$prefix" >"$work/$prefix.curl"
    local start end
    start=$(date +%s.%N)
    curl -s --no-progress-meter "$@" -K "$work/$prefix.curl" >"$work/$prefix.codes"
    end=$(date +%s.%N)
    local created
    created=$(grep -c '^201$' "$work/$prefix.codes" || true)
    [[ $created == "$users" ]] || { echo "bench_scim: $created of $users answered 201" >&2; sort "$work/$prefix.codes" | uniq -c >&2; exit 1; }
    awk -v l="$label" -v n="$users" -v s="$start" -v e="$end" \
        'BEGIN { printf "  %s: %d creations in %.2f s, %.1f requests/s\n", l, n, e - s, n / (e - s) }'
}

echo "SCIM POST /Users on $base ($(nproc) cores shared by curl and the server), $users users each"
measure "1 connection" a
measure "$parallel connections" b --parallel --parallel-max "$parallel"
total=$("$cli" --database "$db" --json users list --limit 1 | grep -o '"total": *[0-9]*' | grep -o '[0-9]*$')
echo "  users in the database: $total (of $((2 * users)) created)"
echo "  server peak RSS: $(grep VmHWM /proc/"$serve_pid"/status | awk '{ printf "%.0f MiB", $2 / 1024 }')"
