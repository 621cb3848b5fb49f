#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages SockLab needs, but only those that are missing.
#   scripts/install-deps.sh build   - to build and run SockLab
#   scripts/install-deps.sh test    - also what the test suite needs (Windows cross build, Wine, peers)
#   scripts/install-deps.sh fuzz    - also clang 16 with libFuzzer (scripts/fuzz.sh)
#   scripts/install-deps.sh package - also what scripts/package.sh and check-packages.sh use
#   scripts/install-deps.sh bench   - also what scripts/bench.sh uses (the iperf3 reference, Xvfb)
set -euo pipefail
what=${1:-build}

packages=(build-essential cmake ninja-build ccache pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev)
if [ "$what" = test ]; then
    # qt6-translations-l10n: Qt's own strings (dialog buttons, dock titles) in Chinese, which
    # ui.translations expects to find translated, as users of the .deb (it recommends it) get them.
    # tcpdump: ui.pcap_format has it read a pcap capture back (a real reader, not our own).
    packages+=(doctest-dev clang-format g++-mingw-w64-x86-64-posix wine64 xvfb xauth imagemagick python3 ncat socat
               qt6-translations-l10n tcpdump)
fi
if [ "$what" = fuzz ]; then
    # clang 16: the oldest Debian clang that compiles libstdc++'s std::expected (see scripts/fuzz.sh).
    packages+=(clang-16 libclang-rt-16-dev)
fi
if [ "$what" = package ]; then
    # help2man: the man page; librsvg2-bin: the PNG icons; dpkg-dev: dpkg-shlibdeps for the .deb;
    # rpm: rpmbuild; lintian, desktop-file-utils, appstream: the checks; nsis, windres (binutils-
    # mingw-w64): the Windows installer script and resource script.
    packages+=(help2man librsvg2-bin dpkg-dev rpm lintian desktop-file-utils appstream nsis
               binutils-mingw-w64-x86-64 python3)
fi

if [ "$what" = bench ]; then
    packages+=(iperf3 xvfb xauth python3)
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
