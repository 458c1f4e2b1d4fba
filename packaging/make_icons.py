"""Render the app icon into every format the three installers need.

One SVG is the source of truth, so the window icon, the Linux menu entry, the
Windows installer and the macOS Dock show the same picture. The app's own
`resources/icons/app.svg` wins when it exists; otherwise the packaging
fallback `packaging/icons/hwclient.svg` is used.

ICO and ICNS are written here directly (both are a small header plus PNG
images) because Qt's writers store only one size per file, and Windows and
macOS pick a different size for the taskbar, Explorer, Finder and the Dock.

Usage: python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "resources" / "icons" / "app.svg", ROOT / "packaging" / "icons" / "hwclient.svg")

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def source_svg() -> Path:
    """The SVG the installers use: the app's own icon if it has one yet."""
    for candidate in SOURCES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("no icon source: " + ", ".join(str(s) for s in SOURCES))


def render_png(svg: Path, size: int) -> bytes:
    """Render the SVG as a square transparent PNG of `size` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read SVG {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Iterable[tuple[int, bytes]]) -> bytes:
    """Pack PNG images into one .ico file (PNG entries: Windows Vista and later)."""
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + directory + b"".join(png for _, png in images)


def icns_bytes(pngs_by_size: dict[int, bytes]) -> bytes:
    """Pack PNG images into one .icns file with every standard and @2x slot."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs_by_size[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_all(out_dir: Path) -> list[Path]:
    """Write hwclient.svg, hwclient-<n>.png, hwclient.ico and hwclient.icns into out_dir."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    svg = source_svg()
    sizes = sorted({*ICO_SIZES, *LINUX_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [out_dir / "hwclient.svg"]
    written[0].write_bytes(svg.read_bytes())
    for size in LINUX_SIZES:
        path = out_dir / f"hwclient-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / "hwclient.ico"
    ico.write_bytes(ico_bytes((s, pngs[s]) for s in ICO_SIZES))
    icns = out_dir / "hwclient.icns"
    icns.write_bytes(icns_bytes(pngs))
    written += [ico, icns]
    del app
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/make_icons.py OUT_DIR")
    for written_path in make_all(Path(sys.argv[1])):
        print(written_path)
