"""The collector is paused for a build and always comes back, also after an error."""

from __future__ import annotations

import gc

import pytest

from app.gc_pause import gc_paused


def test_the_collector_comes_back_after_a_pause_and_after_an_error() -> None:
    gc.enable()  # as in the app (tests/conftest.py runs it between tests instead)
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the outer pause still holds afterwards
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("kapot")
    assert gc.isenabled()
