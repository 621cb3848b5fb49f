#!/usr/bin/env bash
# SockLab's benchmark (docs/PERFORMANCE.md): installs iperf3 and Xvfb if missing, builds the release
# preset, runs bench/socklab-bench and prints its table.
#   scripts/bench.sh            - the full run (a few minutes)
#   scripts/bench.sh --quick    - seconds, small counts (what ctest bench.quick runs)
# Further arguments go to the driver (e.g. --only udp,tcp, --json results.json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh bench
cmake --preset release >/dev/null
cmake --build --preset release
exec python3 bench/socklab-bench --bin-dir build/release/bench --socklab build/release/app/socklab "$@"
