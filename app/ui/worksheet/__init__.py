"""Worksheets ("Aan de slag"): the panel, answer widgets, sessions and their files."""
