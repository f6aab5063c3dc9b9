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

mkdir -p "$build/artifacts"
for harness in ClientData AuthenticatorData CoseKey AttestationObject ResponseJson; do
    scratch="$build/corpus/$harness"
    mkdir -p "$scratch"
    echo "fuzz: $harness for ${seconds}s"
    # -malloc_limit_mb: no input of at most max_len bytes may make the parser allocate more.
    "$build/tests/fuzz/fuzz_$harness" "$scratch" "tests/fuzz/corpus/$harness" \
        -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=1024 -malloc_limit_mb=64 \
        -artifact_prefix="$build/artifacts/$harness-" -print_final_stats=1 2>&1 \
        | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: Loaded|==[0-9]+==|SUMMARY)" || true
    if compgen -G "$build/artifacts/$harness-*" >/dev/null; then
        echo "fuzz: $harness FAILED; inputs in $build/artifacts/" >&2
        exit 1
    fi
done
echo "fuzz: all harnesses ran clean"
