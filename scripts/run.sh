#!/usr/bin/env bash
# Quick start, 1 of 2: installs what is missing, builds SockLab and launches it.
# Arguments are passed to socklab (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake --preset release >/dev/null
cmake --build --preset release --target socklab
exec build/release/app/socklab "$@"
