"""How large a plate file may be: one limit, for reading it and for composing its YAML."""

from __future__ import annotations

MAX_FILE_BYTES = 2 * 1024 * 1024  # a plate file larger than this is refused
