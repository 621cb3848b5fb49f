#!/usr/bin/env bash
# The whole test suite under the sanitizers (issue 8):
#   scripts/sanitize.sh asan   AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer included
#   scripts/sanitize.sh tsan   ThreadSanitizer, on the suites of the code that runs threads
#   scripts/sanitize.sh all    both, one after the other (the default; what CI runs)
# Each configures, builds and tests its own preset (build/asan, build/tsan). Qt and the system
# libraries are not instrumented: what they do out of the sanitizers' sight is suppressed, narrowly
# and with a reason per entry, in tests/sanitizers/*.supp, which the test presets pass on.
# Both presets run even when the first fails, so one CI run reports every finding.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-all}" in
asan | tsan) presets=("$1") ;;
all) presets=(asan tsan) ;;
*)
    echo "usage: $0 [asan|tsan|all]" >&2
    exit 2
    ;;
esac
scripts/install-deps.sh test

status=0
summary=()
for preset in "${presets[@]}"; do
    printf '\n== %s\n' "$preset"
    start=$(date +%s)
    # TSan covers the code that owns threads: netcore's sessions and I/O loop, netcore_qt's hub, and
    # the widgets that start threads of their own (label "threads" in tests/ui/CMakeLists.txt). The
    # other widget suites run on the GUI thread only, and under TSan they would mostly report Qt's
    # own uninstrumented synchronisation. ASan covers everything.
    targets=()
    labels=()
    if [ "$preset" = tsan ]; then
        targets=(--target netcore_tests)
        for test in tests/qt/*_test.cpp; do targets+=(--target "qt_$(basename "$test" .cpp)"); done
        labels=(-L 'netcore|qt|threads')
    fi
    configured=true
    cmake --preset "$preset" >/dev/null || configured=false
    if [ "$preset" = tsan ] && $configured; then
        # ui.<name> runs the executable <name>_test (tests/ui/CMakeLists.txt).
        for test in $(ctest --preset tsan -N -L threads | sed -n 's/.*Test *#[0-9]*: ui\.\(.*\)$/\1/p'); do
            targets+=(--target "${test}_test")
        done
    fi
    if $configured && cmake --build --preset "$preset" "${targets[@]}"; then
        built=$(date +%s)
        ctest --preset "$preset" "${labels[@]}" || status=1
        summary+=("$preset: build $((built - start)) s, tests $(($(date +%s) - built)) s")
    else
        status=1
        summary+=("$preset: build failed after $(($(date +%s) - start)) s")
    fi
done
printf '\n'
printf '%s\n' "${summary[@]}"
exit $status
