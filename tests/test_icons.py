"""The program icon has every size Windows and macOS ask for, each a real picture."""

from __future__ import annotations

import struct

from tests.conftest import REPO

ICONS = REPO / "resources" / "icons"


def test_the_ico_holds_16_to_256_px() -> None:
    data = (ICONS / "overzichtsplaten.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert height == width and bits == 32
        image = data[offset : offset + length]
        if image.startswith(b"\x89PNG"):
            assert struct.unpack(">II", image[16:24]) == (side, side)
        else:  # a DIB: its header says the size (height doubled for the mask)
            assert struct.unpack("<iiHH", image[4:16]) == (side, 2 * side, 1, 32)
            assert any(image[40 : 40 + side * side * 4][3::4])  # not all transparent
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 256]


def test_the_icns_holds_every_macos_size() -> None:
    data = (ICONS / "overzichtsplaten.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        png = data[at + 8 : at + length]
        assert png.startswith(b"\x89PNG")
        found[kind.decode()] = struct.unpack(">II", png[16:24])[0]
        at += length
    assert found == {
        "icp4": 16, "ic11": 32, "icp5": 32, "ic12": 64, "icp6": 64, "ic07": 128,
        "ic13": 256, "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
    }  # fmt: skip
