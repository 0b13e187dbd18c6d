"""On Linux the launcher names every missing X11 library before Qt would abort (rc 134)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from app import xcb_libraries
from app.xcb_libraries import NEEDED, uses_xcb

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


@linux
def test_only_when_qt_will_use_x11() -> None:
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert uses_xcb({"DISPLAY": ":0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})


@linux
def test_a_plain_debian_desktop_is_told_all_three_missing_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    real = ctypes.CDLL

    def load(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(xcb_libraries.ctypes, "CDLL", load)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert main([]) == 1  # a clear message and exit code 1, not Qt's abort
    err = capsys.readouterr().err
    for soname in absent:
        assert soname in err
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm" in err


@linux
def test_this_machine_has_them_all_when_the_xcb_plugin_loads() -> None:
    """The list is the xcb plugin's own (ldd): on a machine where Qt runs on X11 (CI under
    Xvfb) none is reported missing."""
    if not uses_xcb() or "xcb" not in (__import__("os").environ.get("QT_QPA_PLATFORM", "")):
        pytest.skip("runs in CI's Xvfb pass (QT_QPA_PLATFORM=xcb)")
    assert xcb_libraries.missing_libraries() == []


def test_every_library_has_a_debian_and_a_fedora_package() -> None:
    assert all(debian and fedora for debian, fedora in NEEDED.values())
