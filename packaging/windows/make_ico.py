#!/usr/bin/env python3
"""Renders resources/icons/socklab.svg into resources/icons/socklab.ico (the Windows executable and
installer icon). Windows has no SVG renderer at build time, so the .ico is committed;
scripts/check-packages.sh renders it again and fails if the committed file differs from the SVG.

    packaging/windows/make_ico.py SVG ICO    (needs rsvg-convert: Debian package librsvg2-bin)

Every size is stored PNG-compressed (the Vista .ico format; rc.exe, windres and NSIS read it).
"""
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, folder: Path) -> bytes:
    png = folder / f"{size}.png"
    subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), "--output", str(png), str(svg)],
                   check=True)
    return png.read_bytes()


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    svg, ico = Path(sys.argv[1]), Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        images = [render(svg, size, Path(folder)) for size in SIZES]
    # ICONDIR, then one ICONDIRENTRY per image (width/height 0 means 256), then the images.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, image in zip(SIZES, images):
        side = size % 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    ico.write_bytes(header + entries + data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
