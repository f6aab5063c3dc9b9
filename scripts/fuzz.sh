#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 KeyDesk developers
# Builds the relying party's libFuzzer harnesses with clang (ASan + UBSan) and runs each one.
#   scripts/fuzz.sh            short run: 20 s per harness (what CI does)
#   scripts/fuzz.sh 3600       long run: an hour per harness
# New inputs go to a scratch corpus; tests/fuzz/corpus (the seeds) is only read. A crash, leak,
# UB report, an allocation over 64 MiB or an RSS over 1 GiB stops the run with the input saved
# in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
build="${KEYDESK_FUZZ_BUILD_DIR:-build-fuzz}"

CXX=clang++ cmake -S . -B "$build" -G Ninja -DKEYDESK_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build"

mkdir -p "$build/artifacts" "$build/logs"
for harness in ClientData AuthenticatorData CoseKey AttestationObject ResponseJson; do
    scratch="$build/corpus/$harness"
    log="$build/logs/$harness.log"
    mkdir -p "$scratch"
    echo "fuzz: $harness for ${seconds}s"
    # -malloc_limit_mb: no input of at most max_len bytes may make the parser allocate more.
    status=0
    "$build/tests/fuzz/fuzz_$harness" "$scratch" "tests/fuzz/corpus/$harness" \
        -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=64 \
        -artifact_prefix="$build/artifacts/$harness-" -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: Loaded|==[0-9]+==|SUMMARY)" \
        "$log" || true
    # A harness that did not start, stopped with an error, ran nothing or saved a crashing input fails
    # the run: nothing here may pass by saying nothing.
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if ((status != 0)) || [[ -z $runs || $runs -eq 0 ]] || compgen -G "$build/artifacts/$harness-*" >/dev/null; then
        echo "fuzz: $harness FAILED (exit status $status, ${runs:-no} runs); log: $log, inputs: $build/artifacts/" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
done
echo "fuzz: all harnesses ran clean"
