"""Widgets and windows. The main window only wires the parts together."""
