"""Presenting: the beamer window, the presenter view, tours and their handouts."""
