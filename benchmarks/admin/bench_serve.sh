# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Sourced by the admin API benchmarks: a work folder removed on exit, and `keydesk-cli serve` over
# HTTPS (a self-signed certificate for localhost) on a database, stopped on exit.
#
#   cli=…; source bench_serve.sh; bench_serve DATABASE   # sets $work, $base (https://localhost:port)

work=$(mktemp -d)
serve_pid=
bench_cleanup() {
    [[ -n $serve_pid ]] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
    rm -rf "$work"
}
trap bench_cleanup EXIT

bench_serve() {
    "$cli" server make-cert --host localhost --out "$work" >/dev/null
    "$cli" --database "$1" serve --port 0 --no-mail --cert "$work/localhost.pem" \
        --key "$work/localhost-key.pem" >"$work/serve.log" 2>&1 &
    serve_pid=$!
    for _ in $(seq 300); do
        grep -q "listening on" "$work/serve.log" && break
        sleep 0.1
    done
    base=$(grep -o 'https://localhost:[0-9]*' "$work/serve.log" | head -1)
    [[ -n $base ]] || { echo "$(basename "$0"): serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
}
