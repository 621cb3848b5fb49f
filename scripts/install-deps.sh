#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages SockLab needs, but only those that are missing.
#   scripts/install-deps.sh build   - to build and run SockLab
#   scripts/install-deps.sh test    - also what the test suite needs (Windows cross build, Wine, peers)
set -euo pipefail
what=${1:-build}

packages=(build-essential cmake ninja-build ccache pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev)
if [ "$what" = test ]; then
    packages+=(doctest-dev clang-format g++-mingw-w64-x86-64-posix wine64 xvfb xauth imagemagick python3 ncat socat)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
