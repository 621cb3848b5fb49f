#!/usr/bin/env bash
# Fuzzes every parser that takes what a user types or a peer sends, each for a bounded time:
#   scripts/fuzz.sh [seconds per fuzzer, default 30]   explore: random seed, bounded time
#   scripts/fuzz.sh ci                                 CI: seed 1, 100,000 runs each, so a red CI
#                                                      is a regression, not an unlucky draw
# Builds the `fuzz` preset (clang 16 with libFuzzer, ASan and UBSan). Why clang 16: netcore uses
# std::expected; libstdc++ 12 offers it only when the compiler reports C++20 concepts in full
# (__cpp_concepts >= 202002), which clang 14 cannot compile and clang 16 can but does not yet
# announce, hence the -D__cpp_concepts=202002L in the preset.
# New interesting inputs go to build/fuzz/corpus/<name> (not into the repo); a crash stops the run
# and leaves crash-* in build/fuzz/crashes/<name>: copy it to tests/fuzz/regressions/<name>/, fix the
# bug, and the normal test suite (ctest fuzz.<name>) replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=(-max_total_time="${1:-30}")
[ "${1:-}" = ci ] && budget=(-seed=1 -runs=100000)
scripts/install-deps.sh fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target $(cd tests/fuzz && ls *_fuzzer.cpp | sed 's/\.cpp$//' | tr '\n' ' ')

status=0
for source in tests/fuzz/*_fuzzer.cpp; do
    name=$(basename "$source" _fuzzer.cpp)
    work=build/fuzz/corpus/$name crashes=build/fuzz/crashes/$name
    mkdir -p "$work" "$crashes"
    seeds=(tests/fuzz/corpus/$name)
    [ -d tests/fuzz/regressions/$name ] && seeds+=(tests/fuzz/regressions/$name)
    printf '== %s: %s\n' "$name" "${budget[*]}"
    # -rss_limit_mb: a parser that allocates without bound is a bug too.
    if ! build/fuzz/tests/fuzz/${name}_fuzzer "$work" "${seeds[@]}" "${budget[@]}" \
        -rss_limit_mb=1024 -max_len=4096 -artifact_prefix="$crashes/" -print_final_stats=1 \
        >"build/fuzz/$name.log" 2>&1; then
        status=1
        tail -40 "build/fuzz/$name.log"
    fi
    grep -E '^stat::number_of_executed_units|^Done' "build/fuzz/$name.log" | sed 's/^/   /' || true
done
exit $status
