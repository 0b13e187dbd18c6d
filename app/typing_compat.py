"""`typing.override` on Python 3.12+, a no-op marker on 3.11 (mypy still checks it)."""

import sys

if sys.version_info >= (3, 12):
    from typing import override
else:  # pragma: no cover - exercised on 3.11 only
    from collections.abc import Callable
    from typing import TypeVar

    F = TypeVar("F", bound=Callable[..., object])

    def override(method: F) -> F:
        return method


__all__ = ["override"]
