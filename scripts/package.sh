#!/usr/bin/env bash
# Builds the release preset and packs it: build/packages/ gets the .deb, the .rpm and the .tar.gz.
#   scripts/package.sh              (SOCKLAB_BUILD_DIR=build/other to build elsewhere)
# scripts/check-packages.sh then checks them (lintian, AppStream, desktop file, a real run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh package

build=${SOCKLAB_BUILD_DIR:-build/release}
out=build/packages
start=$(date +%s)

# SOCKLAB_PACKAGING renders the icons and the man page. CMAKE_SKIP_INSTALL_ALL_DEPENDENCY keeps
# cpack from building "all" (every test suite) before installing: only what ships is built.
cmake --preset release -B "$build" -DSOCKLAB_PACKAGING=ON -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$build" --target socklab socklab_package_data

rm -rf "$out"
mkdir -p "$out"
# -B: cpack writes the packages there and keeps its staging folders in $out/_CPack_Packages.
cpack --config "$build/CPackConfig.cmake" -B "$out"
rm -rf "$out/_CPack_Packages"
echo "Packages in $out ($(( $(date +%s) - start )) s):"
ls -l "$out"
