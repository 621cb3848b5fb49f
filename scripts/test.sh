#!/usr/bin/env bash
# Quick start, 2 of 2: installs what is missing, builds everything and runs the whole test suite:
# natively (netcore, UI, app) and netcore's suite cross-built for Windows, under Wine.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test

step() { printf '\n== %s\n' "$*"; }
step "native build (dev preset: Debug, -Werror)"
cmake --preset dev >/dev/null
cmake --build --preset dev
step "native tests"
ctest --preset dev

step "Windows build (mingw preset)"
cmake --preset mingw >/dev/null
cmake --build --preset mingw
step "Windows tests under Wine"
ctest --preset mingw
step "all tests passed"
