"""Split one X screen into monitors, as one desktop over a laptop and a beamer is
(Windows "extend", Linux xrandr): RandR 1.5 monitors set through libXrandr.

Xvfb forgets a monitor when the client that set it disconnects (so `xrandr
--setmonitor` from a shell is gone at once); the process under test keeps this
connection open while it runs, and adds and removes the beamer through it.
"""

from __future__ import annotations

import ctypes
import ctypes.util


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_ulong),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.POINTER(ctypes.c_ulong)),
    ]


class _ScreenResources(ctypes.Structure):
    _fields_ = [
        ("timestamp", ctypes.c_ulong),
        ("config_timestamp", ctypes.c_ulong),
        ("ncrtc", ctypes.c_int),
        ("crtcs", ctypes.c_void_p),
        ("noutput", ctypes.c_int),
        ("outputs", ctypes.POINTER(ctypes.c_ulong)),
    ]


def available() -> bool:
    return bool(ctypes.util.find_library("X11") and ctypes.util.find_library("Xrandr"))


class Monitors:
    """One connection to the X server that sets (and keeps) monitors on its screen."""

    def __init__(self) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.xr = ctypes.CDLL(ctypes.util.find_library("Xrandr"))
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XInternAtom.restype = ctypes.c_ulong
        self.x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.xr.XRRAllocateMonitor.restype = ctypes.POINTER(_MonitorInfo)
        self.xr.XRRAllocateMonitor.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.xr.XRRSetMonitor.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_MonitorInfo),
        ]
        self.xr.XRRDeleteMonitor.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        self.xr.XRRGetScreenResources.restype = ctypes.POINTER(_ScreenResources)
        self.xr.XRRGetScreenResources.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise RuntimeError("no X display")
        self.root = self.x11.XDefaultRootWindow(self.display)
        resources = self.xr.XRRGetScreenResources(self.display, self.root)
        self.output = resources.contents.outputs[0]

    def set(self, name: str, x: int, y: int, width: int, height: int, output: bool) -> None:
        """A monitor; the one with `output` takes the screen's only output (so the
        automatic whole-screen monitor goes away)."""
        info = self.xr.XRRAllocateMonitor(self.display, 1 if output else 0)
        info.contents.name = self.x11.XInternAtom(self.display, name.encode(), 0)
        info.contents.x, info.contents.y = x, y
        info.contents.width, info.contents.height = width, height
        info.contents.mwidth, info.contents.mheight = width * 254 // 960, height * 254 // 960
        if output:
            info.contents.outputs[0] = self.output
        self.xr.XRRSetMonitor(self.display, self.root, info)
        self.x11.XSync(self.display, 0)

    def delete(self, name: str) -> None:
        atom = self.x11.XInternAtom(self.display, name.encode(), 0)
        self.xr.XRRDeleteMonitor(self.display, self.root, atom)
        self.x11.XSync(self.display, 0)
