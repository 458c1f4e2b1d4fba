"""Icons for every installer are rendered from one SVG (packaging/make_icons.py)."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QImage


@pytest.fixture(scope="module")
def icons(load_script):
    return load_script("packaging/make_icons.py")


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull(), "not a PNG"
    return image.width(), image.height()


def test_all_formats_written_from_the_app_icon(icons, qapp, tmp_path):
    written = {p.name for p in icons.make_all(tmp_path)}
    assert {"hwclient.svg", "hwclient.ico", "hwclient.icns", "hwclient-256.png"} <= written
    assert (tmp_path / "hwclient.svg").read_bytes() == icons.source_svg().read_bytes()
    assert png_size((tmp_path / "hwclient-48.png").read_bytes()) == (48, 48)


def test_ico_holds_every_size_windows_asks_for(icons, qapp, tmp_path):
    icons.make_all(tmp_path)
    data = (tmp_path / "hwclient.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sizes = []
    for i in range(count):
        w, h, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        real = png_size(data[offset : offset + length])
        assert real == ((w or 256), (h or 256))
        sizes.append(real[0])
    assert sorted(sizes) == sorted(icons.ICO_SIZES)


def test_icns_elements_are_pngs_of_the_declared_size(icons, qapp, tmp_path):
    icons.make_all(tmp_path)
    data = (tmp_path / "hwclient.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(icons.ICNS_TYPES)
    seen = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        seen[kind] = png_size(data[pos + 8 : pos + length])
        pos += length
    assert seen == {kind: (size, size) for kind, size in expected.items()}
