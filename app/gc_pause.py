"""Pause Python's cyclic garbage collector while a large plate is being built.

Reading a plate of 10,000 elements makes hundreds of thousands of objects, none
of them garbage; each of them counts towards the collector's next pass, which
then walks every object the app holds. Paused for the build, a 10,000-element
plate reads in about half the time. Reference counting frees memory as always.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
