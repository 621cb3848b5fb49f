#!/usr/bin/env bash
# Runs a cross-built Windows test under Wine in a prefix of its own (created on first use).
set -euo pipefail
export WINEDEBUG=-all
export WINEPREFIX="${SOCKLAB_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/socklab-wine}"
export WINEDLLOVERRIDES="mscoree,mshtml="   # no Mono/Gecko installer prompts
wine=/usr/lib/wine/wine64; [ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    mkdir -p "$WINEPREFIX"
    DISPLAY= "$wine" wineboot --init >/dev/null 2>&1 || true
    wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver64)
    "$wineserver" -w 2>/dev/null || true
fi
DISPLAY= exec "$wine" "$@"
