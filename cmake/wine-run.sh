#!/usr/bin/env bash
# Runs a cross-built Windows test under Wine in a prefix of its own (created on first use).
set -euo pipefail
export WINEDEBUG=-all
export WINEPREFIX="${SOCKLAB_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/socklab-wine}"
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono/Gecko installer prompts
wine=/usr/lib/wine/wine64; [ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver64)
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    DISPLAY= "$wine" wineboot --init >/dev/null 2>&1 || true
    "$wineserver" -w 2>/dev/null || true
fi
# One wineserver for the whole test run, kept 60 s after its last client: by default it exits 3 s
# after the last one, and a test starting just then meets a server on its way out ("wine client
# error: recvmsg: Connection reset by peer", before the test's first line). A server already up
# makes this one exit at once.
"$wineserver" -p60 >/dev/null 2>&1 || true

# Should a client still meet a dying server, it fails before the program starts: run it again then
# (at most twice more). Any other failure is the test's own and is returned as it is.
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
for attempt in 1 2 3; do
    status=0
    # Into a file, not a pipe: Wine's helper processes inherit stderr and outlive the test.
    DISPLAY= "$wine" "$@" 2>"$errors" || status=$?
    cat "$errors" >&2
    grep -q "^wine client error" "$errors" || exit "$status"
    echo "wine-run: wineserver was going away; running again ($attempt)" >&2
    "$wineserver" -p60 >/dev/null 2>&1 || true
done
exit "$status"
