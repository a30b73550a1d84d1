#!/usr/bin/env python3
"""Draw the application icon: a small hemicycle of seats on a sky-blue tile.

    .venv/bin/python tools/make_icons.py

Writes into ``kzseats_gui/resources/icons``: ``kzseats.svg`` (the source, drawn from the geometry
below), ``kzseats-<N>.png`` for N = 16 … 512 (window icon, Linux desktop entry, hicolor theme) and
``kzseats.ico`` (Windows: the programs, the installer and the file association; PNG-compressed entries
of 16 … 256 pixels). PNGs are rendered with Qt's SVG renderer, so every size comes from one drawing.
Run it again after changing the drawing and commit the results.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "kzseats_gui" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

TILE = "#0096c7"        # the sky blue of the flag, a little deeper so white reads on it
MAJORITY = "#ffc72c"    # the flag's gold: the largest group
OTHERS = "#ffffff"
ROWS = ((52, 7), (80, 11), (108, 15))  # (radius, seats) from the inner row outwards
CENTRE = (128, 184)
SEAT_RADIUS = 10
MAJORITY_SHARE = 0.6    # the first 60 % of seats, counted from the left, are gold


def seats() -> list[tuple[float, float, float]]:
    """(angle from the left, x, y) of every seat, so that seats can be coloured left to right."""
    placed = []
    for radius, count in ROWS:
        for index in range(count):
            angle = math.pi * index / (count - 1)
            x = CENTRE[0] - radius * math.cos(angle)
            y = CENTRE[1] - radius * math.sin(angle)
            placed.append((angle, x, y))
    return sorted(placed)


def svg() -> str:
    placed = seats()
    gold = round(len(placed) * MAJORITY_SHARE)
    circles = "\n".join(
        f'  <circle cx="{x:.1f}" cy="{y:.1f}" r="{SEAT_RADIUS}" fill="{MAJORITY if n < gold else OTHERS}"/>'
        for n, (_, x, y) in enumerate(placed)
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>kzseats</title>
  <rect x="8" y="8" width="240" height="240" rx="48" fill="{TILE}"/>
{circles}
  <rect x="92" y="198" width="72" height="14" rx="7" fill="{OTHERS}"/>
</svg>
"""


def render(svg_file: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_file)).render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(entries: list[tuple[int, bytes]]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read them at every size)."""
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, payload = b"", b""
    for size, data in entries:
        edge = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + directory + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    ICONS.mkdir(parents=True, exist_ok=True)
    source = ICONS / "kzseats.svg"
    source.write_text(svg(), encoding="utf-8")
    rendered = {size: png_bytes(render(source, size)) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (ICONS / f"kzseats-{size}.png").write_bytes(rendered[size])
    (ICONS / "kzseats.ico").write_bytes(ico([(size, rendered[size]) for size in ICO_SIZES]))
    print(f"Icons written to {ICONS.relative_to(ROOT)}: kzseats.svg, {len(PNG_SIZES)} PNGs, kzseats.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
