"""`typing.override` on Python 3.12+, a no-op marker on 3.11 (mypy still checks it)."""

import sys

if sys.version_info >= (3, 12):
    from typing import override
else:  # pragma: no cover - exercised on 3.11 only
    import contextlib
    from collections.abc import Callable
    from typing import TypeVar

    F = TypeVar("F", bound=Callable[..., object])

    def override(method: F) -> F:
        # as typing.override does: marked, so a test can find overrides without it
        with contextlib.suppress(AttributeError, TypeError):
            method.__override__ = True  # type: ignore[attr-defined]
        return method


__all__ = ["override"]
