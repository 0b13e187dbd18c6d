"""Overzichtsplaten: MBO Digitaal's four talk posters to explore, present and work with."""

__version__ = "0.1.0"
APP_NAME = "Overzichtsplaten"
