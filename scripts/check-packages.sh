#!/usr/bin/env bash
# Checks what scripts/package.sh made, as far as this Linux machine can:
#   the .deb: lintian (no errors), its desktop file and AppStream metadata validate, it unpacks
#   (dpkg -x) with every library found (ldd), the unpacked socklab prints the version and answers a
#   TCP request offscreen; the .rpm and .tar.gz hold the program; the Windows installer script
#   compiles with makensis on a stub payload; the committed .ico matches the SVG.
#   scripts/check-packages.sh      (SOCKLAB_BUILD_DIR as for package.sh)
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh package || exit 1

build=${SOCKLAB_BUILD_DIR:-build/release}
out=build/packages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# check NAME COMMAND...: runs one check, keeps its output in a log shown only on failure.
check() {
    local name=$1
    shift
    if "$@" >"$work/log" 2>&1; then
        passed=$((passed + 1))
        printf 'ok    %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL  %s\n' "$name"
        sed 's/^/      /' "$work/log"
    fi
}

cpack_value() { sed -n "s/^set($1 \"\\(.*\\)\")$/\\1/p" "$build/CPackConfig.cmake"; }
version=$(cpack_value CPACK_PACKAGE_VERSION)
homepage=$(cpack_value CPACK_PACKAGE_HOMEPAGE_URL)
app_id=io.github.socklab.SockLab
deb=$(ls "$out"/socklab_"$version"-*.deb 2>/dev/null | head -n1)
rpm=$(ls "$out"/socklab-"$version"-*.rpm 2>/dev/null | head -n1)
tgz=$(ls "$out"/socklab-"$version"-*.tar.gz 2>/dev/null | head -n1)
if [ -z "$version" ] || [ -z "$deb" ] || [ -z "$rpm" ] || [ -z "$tgz" ]; then
    echo "No packages of version '${version:-?}' in $out: run scripts/package.sh first" >&2
    exit 1
fi
echo "Checking $deb, $rpm, $tgz (version $version)"
root=$work/root
dpkg-deb -x "$deb" "$root"
bin=$root/usr/bin/socklab

# --- the .deb
# Errors fail; warnings are shown. None is overridden: an override would go in
# packaging/linux/lintian-overrides with its reason, installed to usr/share/lintian/overrides.
check "lintian: no errors" lintian --fail-on error --info "$deb"
sed -n 's/^\([WI]\): socklab: /      lintian \1: /p' "$work/log"
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
check "desktop file names the icon $app_id" grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "AppStream release is $version" grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "Depends (from dpkg-shlibdeps) names Qt" sh -c "dpkg-deb -f '$deb' Depends | tee /dev/stderr | grep -q 'libqt6widgets6'"
check "section net, homepage set" sh -c "dpkg-deb -f '$deb' Section Homepage | tee /dev/stderr | tr '\n' ' ' | grep -q 'Section: net Homepage: $homepage'"
icons_ok() {
    for size in 48 128 256; do
        file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "$size x $size" || return 1
    done
    test -s "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
}
check "hicolor icons: SVG and 48/128/256 PNG" icons_ok
check "man page (from --help) names the version, text intact" sh -c \
    "zcat '$root/usr/share/man/man1/socklab.1.gz' | grep -q 'socklab $version' && ! zcat '$root/usr/share/man/man1/socklab.1.gz' | grep -q '???'"
check "copyright and changelog" test -s "$root/usr/share/doc/socklab/copyright" -a -s "$root/usr/share/doc/socklab/changelog.Debian.gz"
check "ldd finds every library" sh -c "ldd '$bin' | tee /dev/stderr | grep -q 'libQt6Widgets' && ! ldd '$bin' | grep -q 'not found'"
check "socklab --version prints $version (no display)" sh -c \
    "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM '$bin' --version | tee /dev/stderr | grep -qx 'socklab $version'"
check "unpacked socklab answers TCP offscreen, exits 0 on SIGTERM" timeout 90 python3 packaging/linux/smoke_test.py "$bin"

# --- the .rpm and the .tar.gz
check "rpm: /usr/bin/socklab, requires Qt" sh -c \
    "rpm -qpl '$rpm' | grep -qx /usr/bin/socklab && rpm -qpR '$rpm' | grep -q 'libQt6Widgets'"
check "rpm: no changelog.Debian" sh -c "! rpm -qpl '$rpm' | grep -q changelog.Debian"
check "tar.gz: bin/socklab and the desktop file" sh -c \
    "tar -tzf '$tgz' | grep -q '/bin/socklab$' && tar -tzf '$tgz' | grep -q 'applications/$app_id.desktop$'"

# --- Windows: the installer script compiles (cpack runs makensis and fails on its errors)
nsis_ok() {
    local stub=$work/nsis-stub
    cmake -S packaging/windows/stub -B "$stub" -DSOCKLAB_VERSION="$version" -DSOCKLAB_HOMEPAGE="$homepage" &&
        (cd "$stub" && cpack -G NSIS) &&
        test -s "$stub/socklab-$version-windows-x64.exe" &&
        grep -q "DisplayVersion" "$stub/_CPack_Packages/"*/NSIS/project.nsi
}
check "NSIS installer script compiles with makensis (stub payload)" nsis_ok
check "socklab.rc (icon, version resource) compiles with windres" \
    x86_64-w64-mingw32-windres "$work/nsis-stub/socklab.rc" -O coff -o "$work/socklab.res"
check "resources/icons/socklab.ico matches the SVG (packaging/windows/make_ico.py)" sh -c \
    "packaging/windows/make_ico.py resources/icons/socklab.svg '$work/socklab.ico' && cmp '$work/socklab.ico' resources/icons/socklab.ico"

echo "packages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
