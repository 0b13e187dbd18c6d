"""An OpenType font as WOFF 1.0 (each table zlib-compressed), with the standard library only.

The HTML export embeds the app's Inter faces; as WOFF they take about 55 % of
the .otf size, which keeps a one-plate page well under its size budget.
"""

from __future__ import annotations

import struct
import zlib

from app.model.problems import Code, Problem

_WOFF_HEADER = struct.Struct(">4sIIHHIHHIIIII")
_WOFF_ENTRY = struct.Struct(">4sIIII")
_SFNT_HEADER = struct.Struct(">IHHHH")
_SFNT_ENTRY = struct.Struct(">4sIII")


class FontError(ValueError):
    """Not an OpenType/TrueType font this encoder understands; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _pad4(length: int) -> int:
    return (length + 3) & ~3


def sfnt_to_woff(font: bytes) -> bytes:
    if len(font) < _SFNT_HEADER.size:
        raise FontError(Problem.of(Code.FONT_SHORT))
    flavor, count, _range, _selector, _shift = _SFNT_HEADER.unpack_from(font, 0)
    if flavor not in (0x00010000, 0x4F54544F, 0x74727565):  # 1.0, 'OTTO', 'true'
        raise FontError(Problem.of(Code.FONT_NOT))
    tables = []
    for index in range(count):
        tag, checksum, offset, length = _SFNT_ENTRY.unpack_from(
            font, _SFNT_HEADER.size + index * _SFNT_ENTRY.size
        )
        data = font[offset : offset + length]
        if len(data) != length:
            raise FontError(Problem.of(Code.FONT_TABLE))
        tables.append((tag, checksum, data))
    tables.sort(key=lambda table: table[0])
    offset = _WOFF_HEADER.size + len(tables) * _WOFF_ENTRY.size
    entries, blobs = [], []
    total_sfnt = _SFNT_HEADER.size + len(tables) * _SFNT_ENTRY.size
    for tag, checksum, data in tables:
        packed = zlib.compress(data, 9)
        if len(packed) >= len(data):
            packed = data  # stored as is when compressing does not help
        entries.append(_WOFF_ENTRY.pack(tag, offset, len(packed), len(data), checksum))
        blobs.append(packed + b"\0" * (_pad4(len(packed)) - len(packed)))
        offset += _pad4(len(packed))
        total_sfnt += _pad4(len(data))
    header = _WOFF_HEADER.pack(
        b"wOFF", flavor, offset, len(tables), 0, total_sfnt, 1, 0, 0, 0, 0, 0, 0
    )
    return header + b"".join(entries) + b"".join(blobs)
